using Matching.Api.Auth;
using Matching.Api.Common;
using Matching.Application.Events;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Events;

/// <summary>After the event: close it (the close-out job does this when it ends), its counts, what was sent.</summary>
internal static class EventResultsApi
{
    public static RouteGroupBuilder MapEventResultsApi(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/close", Close).RequireAuthorization(Policies.OrganiseEvents);
        group.MapGet("/{id:guid}/results", Results).RequireAuthorization(Policies.EventStaff);
        group.MapGet("/{id:guid}/notifications", Notifications).RequireAuthorization(Policies.EventStaff);
        return group;
    }

    private static async Task<Results<Ok<EventResultsResponse>, ValidationProblem, ProblemHttpResult>> Close(
        Guid id, CloseEvent close, HttpContext http) =>
        (await close.ExecuteAsync(id, http.RequestAborted)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Ok<EventResultsResponse>, ValidationProblem, ProblemHttpResult>> Results(
        Guid id, EventResultsQueries queries, HttpContext http) =>
        (await queries.ResultsAsync(id, http.RequestAborted)).ToHttp(TypedResults.Ok);

    private static async Task<Ok<List<NotificationResponse>>> Notifications(
        Guid id, EventResultsQueries queries, HttpContext http, Guid? seekerId = null) =>
        TypedResults.Ok(await queries.NotificationsAsync(http.Actor(), id, seekerId, http.RequestAborted));
}
