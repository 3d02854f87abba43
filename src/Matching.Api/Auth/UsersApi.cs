using System.Security.Claims;
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
            (await accounts.ListAsync(http.RequestAborted)).Select(a => new UserResponse(a.Id, a.Email, a.Role, a.EmployerId, a.Disabled)).ToList()));

        // {"disabled": true} stops an account from signing in; false lets it back in.
        group.MapPatch("/{id:guid}", async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> (
            Guid id, AccountStateRequest request, DisableAccount disable, ClaimsPrincipal user, HttpContext http) =>
        {
            if (request.Disabled is not { } disabled)
            {
                var errors = new Application.Common.ValidationErrors();
                errors.Required("disabled", request.Disabled);
                return errors.ToProblem();
            }

            return (await disable.ExecuteAsync(user.Actor(), id, disabled, http.RequestAborted)).ToHttp(_ => TypedResults.NoContent());
        });

        return app;
    }
}
