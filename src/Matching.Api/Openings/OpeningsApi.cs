using Matching.Api.Auth;
using Matching.Api.Common;
using Matching.Application.Openings;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Openings;

public static class OpeningsApi
{
    public static IEndpointRouteBuilder MapOpeningsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/openings").WithTags("Openings");
        group.MapPost("/", Create).RequireAuthorization(Policies.ManageOpenings);
        group.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.AnyRole);
        group.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.ManageOpenings);
        group.MapDelete("/{id:guid}", Delete).RequireAuthorization(Policies.ManageOpenings);
        app.MapGet("/api/employers/{employerId:guid}/openings", ListForEmployer)
            .WithTags("Openings").RequireAuthorization(Policies.AnyRole);
        return app;
    }

    private static async Task<Results<Created<OpeningResponse>, ValidationProblem, ProblemHttpResult>> Create(
        OpeningRequest request, PostOpening post, HttpContext http) =>
        (await post.ExecuteAsync(http.Actor(), request, http.RequestAborted)).ToHttp(opening =>
        {
            http.SetETag(opening.Version);
            return TypedResults.Created($"/api/openings/{opening.Id}", opening);
        });

    private static async Task<Results<Ok<OpeningResponse>, ValidationProblem, ProblemHttpResult>> Get(
        Guid id, OpeningQueries queries, HttpContext http) =>
        (await queries.GetAsync(http.Actor(), id, http.RequestAborted)).ToHttp(opening =>
        {
            http.SetETag(opening.Version);
            return TypedResults.Ok(opening);
        });

    private static async Task<Results<Ok<List<OpeningResponse>>, ValidationProblem, ProblemHttpResult>> ListForEmployer(
        Guid employerId, OpeningQueries queries, HttpContext http) =>
        (await queries.ForEmployerAsync(http.Actor(), employerId, http.RequestAborted)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Ok<OpeningResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, OpeningRequest request, UpdateOpening update, HttpContext http) =>
        (await update.ExecuteAsync(http.Actor(), id, request, Versioning.ExpectedVersion(http.Request, request.Version), http.RequestAborted))
        .ToHttp(opening =>
        {
            http.SetETag(opening.Version);
            return TypedResults.Ok(opening);
        });

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Delete(
        Guid id, WithdrawOpening withdraw, HttpContext http) =>
        (await withdraw.ExecuteAsync(http.Actor(), id, http.RequestAborted)).ToHttp(_ => TypedResults.NoContent());
}
