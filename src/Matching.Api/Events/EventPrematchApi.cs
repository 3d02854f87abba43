using Matching.Api.Auth;
using Matching.Api.Common;
using Matching.Application.Events;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Events;

/// <summary>Pre-matching (사전매칭) runs as a Hangfire job on the <c>prematch</c> queue; the timetable is read when it is done.</summary>
internal static class EventPrematchApi
{
    public static RouteGroupBuilder MapPrematchApi(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/prematch", Prematch).RequireAuthorization(Policies.OrganiseEvents);
        group.MapGet("/{id:guid}/timetable", Timetable).RequireAuthorization(Policies.AnyRole);
        return group;
    }

    private static async Task<Results<Accepted<PrematchAccepted>, ValidationProblem, ProblemHttpResult>> Prematch(
        Guid id, PrematchRequest? request, RequestPrematch prematch, HttpContext http) =>
        (await prematch.ExecuteAsync(id, request, http.RequestAborted)).ToHttp(accepted => TypedResults.Accepted(accepted.Timetable, accepted));

    private static async Task<Results<Ok<TimetableResponse>, ValidationProblem, ProblemHttpResult>> Timetable(
        Guid id, TimetableQueries queries, HttpContext http) =>
        (await queries.GetAsync(http.Actor(), id, http.RequestAborted)).ToHttp(TypedResults.Ok);
}
