using Matching.Api.Auth;
using Matching.Api.Common;
using Matching.Application.Common;
using Matching.Application.Seekers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Seekers;

/// <summary>HTTP over the seeker use cases: versions travel as ETag / If-Match; every read and change is an access record.</summary>
public static class SeekersApi
{
    public static IEndpointRouteBuilder MapSeekersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/seekers").WithTags("Seekers").RequireAuthorization(Policies.ManageProfiles);

        group.MapPost("/", Create);
        group.MapGet("/", List);
        group.MapGet("/{id:guid}", Get).WithName("GetSeeker");
        group.MapPut("/{id:guid}", Update);
        group.MapDelete("/{id:guid}", Withdraw);
        return app;
    }

    private static async Task<Results<Created<SeekerResponse>, ValidationProblem, ProblemHttpResult>> Create(
        SeekerRequest request, RegisterSeeker register, HttpContext http) =>
        (await register.ExecuteAsync(http.Actor(), request, http.RequestAborted)).ToHttp(seeker =>
        {
            http.SetETag(seeker.Version);
            return TypedResults.Created($"/api/seekers/{seeker.Id}", seeker);
        });

    /// <summary><c>q</c>: part of a name, a birth year or digits of a phone number; the total is in <c>X-Total-Count</c>.</summary>
    private static async Task<Ok<IReadOnlyList<SeekerSummary>>> List(
        SeekerQueries queries, HttpContext http, string? q = null, int skip = 0, int take = 50)
    {
        var page = await queries.SearchAsync(http.Actor(), q, skip, take, http.RequestAborted);
        http.Response.Headers["X-Total-Count"] = page.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Ok(page.Items);
    }

    private static async Task<Results<Ok<SeekerResponse>, ValidationProblem, ProblemHttpResult>> Get(
        Guid id, SeekerQueries queries, HttpContext http) =>
        (await queries.GetAsync(http.Actor(), id, http.RequestAborted)).ToHttp(seeker =>
        {
            http.SetETag(seeker.Version);
            return TypedResults.Ok(seeker);
        });

    private static async Task<Results<Ok<SeekerResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, SeekerRequest request, UpdateSeeker update, HttpContext http) =>
        (await update.ExecuteAsync(http.Actor(), id, request, Versioning.ExpectedVersion(http.Request, request.Version), http.RequestAborted))
        .ToHttp(seeker =>
        {
            http.SetETag(seeker.Version);
            return TypedResults.Ok(seeker);
        });

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Withdraw(
        Guid id, WithdrawSeeker withdraw, HttpContext http) =>
        (await withdraw.ExecuteAsync(http.Actor(), id, http.RequestAborted)).ToHttp(_ => TypedResults.NoContent());
}
