using Matching.Api.Common;
using Matching.Application.Series;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Series;

public static class SeriesApi
{
    public static IEndpointRouteBuilder MapEventSeriesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/event-series").WithTags("Event series");
        group.MapPost("/", Create).RequireAuthorization(SeriesPolicies.ManageSchedules);
        group.MapGet("/", List).RequireAuthorization(SeriesPolicies.ReadSchedules);
        group.MapGet("/{id:guid}", Get).RequireAuthorization(SeriesPolicies.ReadSchedules);
        group.MapDelete("/{id:guid}", Deactivate).RequireAuthorization(SeriesPolicies.ManageSchedules);
        group.MapPost("/{id:guid}/run", Run).RequireAuthorization(SeriesPolicies.ManageSchedules);
        return app;
    }

    private static async Task<Results<Created<EventSeriesResponse>, ValidationProblem, ProblemHttpResult>> Create(
        EventSeriesRequest request, CreateSeries create, HttpContext http) =>
        (await create.ExecuteAsync(request, http.RequestAborted)).ToHttp(series => TypedResults.Created($"/api/event-series/{series.Id}", series));

    private static async Task<Ok<List<EventSeriesResponse>>> List(SeriesQueries queries, HttpContext http, bool? active = null) =>
        TypedResults.Ok(await queries.ListAsync(active, http.RequestAborted));

    private static async Task<Results<Ok<EventSeriesResponse>, ValidationProblem, ProblemHttpResult>> Get(Guid id, SeriesQueries queries, HttpContext http) =>
        (await queries.GetAsync(id, http.RequestAborted)).ToHttp(TypedResults.Ok);

    /// <summary>Stops creating instances; the ones already created stay, with their participants.</summary>
    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Deactivate(Guid id, DeactivateSeries deactivate, HttpContext http) =>
        (await deactivate.ExecuteAsync(id, http.RequestAborted)).ToHttp(_ => TypedResults.NoContent());

    /// <summary>Creates the instances now due (after a holiday changed, say) without waiting for the next occurrence.</summary>
    private static async Task<Results<Accepted, ValidationProblem, ProblemHttpResult>> Run(Guid id, RunSeriesNow run, HttpContext http) =>
        (await run.ExecuteAsync(id, http.RequestAborted)).ToHttp(_ => TypedResults.Accepted($"/api/event-series/{id}"));
}
