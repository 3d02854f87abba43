using Matching.Api.Common;
using Matching.Application.Users;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Auth;

public static class UsersApi
{
    public sealed record AccountStateRequest(bool? Disabled);

    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(Policies.Admin);

        group.MapPost("/", async Task<Results<Created<UserResponse>, ValidationProblem, ProblemHttpResult>> (
            CreateUserRequest request, CreateAccount create, HttpContext http) =>
            (await create.ExecuteAsync(request, http.RequestAborted)).ToHttp(user => TypedResults.Created($"/api/users/{user.Id}", user)));

        group.MapGet("/", async (AccountQueries accounts, HttpContext http) => TypedResults.Ok(
            (await accounts.ListAsync(http.RequestAborted))
            .Select(a => new UserResponse(a.Id, a.Email, a.Role, a.EmployerId, a.Disabled, a.LockedUntil, a.MustChangePassword)).ToList()));

        // {"disabled": true} stops an account from signing in and ends its sessions; false lets it back in.
        group.MapPatch("/{id:guid}", async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> (
            Guid id, AccountStateRequest request, DisableAccount disable, HttpContext http) =>
        {
            if (request.Disabled is not { } disabled)
            {
                var errors = new ValidationErrors();
                errors.Required("disabled", request.Disabled);
                return errors.ToProblem();
            }

            return (await disable.ExecuteAsync(http.Actor(), id, disabled, http.RequestAborted)).ToHttp(_ => TypedResults.NoContent());
        });

        // Lifts a lockout from wrong passwords at once.
        group.MapPost("/{id:guid}/unlock", async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> (
            Guid id, UnlockAccount unlock, HttpContext http) =>
            (await unlock.ExecuteAsync(id, http.RequestAborted)).ToHttp(_ => TypedResults.NoContent()));

        // A temporary password, shown once; the account's sessions end and its next sign-in must choose a new one.
        group.MapPost("/{id:guid}/password-reset", async Task<Results<Ok<PasswordResetResponse>, ValidationProblem, ProblemHttpResult>> (
            Guid id, ResetPassword reset, HttpContext http) =>
            (await reset.ExecuteAsync(id, http.RequestAborted)).ToHttp(TypedResults.Ok));

        return app;
    }
}
