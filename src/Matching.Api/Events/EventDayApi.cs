using Matching.Api.Auth;
using Matching.Api.Common;
using Matching.Application.Events;
using Matching.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Events;

/// <summary>The day itself: check-in, each booth's queue, calling the next candidate, marking interviews.</summary>
internal static class EventDayApi
{
    public static RouteGroupBuilder MapEventDayApi(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/checkins", CheckIn).RequireAuthorization(Policies.EventStaff);
        group.MapGet("/{id:guid}/booths", Booths).RequireAuthorization(Policies.AnyRole);
        group.MapPost("/{id:guid}/booths/{employerId:guid}/next", CallNext).RequireAuthorization(Policies.AnyRole);
        group.MapPatch("/{id:guid}/interviews/{interviewId:guid}", ChangeInterview).RequireAuthorization(Policies.AnyRole);
        return group;
    }

    private static async Task<Results<Ok<CheckInResponse>, ValidationProblem, ProblemHttpResult>> CheckIn(
        Guid id, CheckInRequest request, CheckInAtEvent checkIn, HttpContext http) =>
        (await checkIn.ExecuteAsync(http.Actor(), id, request, http.RequestAborted)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Ok<List<BoothState>>, ValidationProblem, ProblemHttpResult>> Booths(
        Guid id, EventDayQueries queries, HttpContext http) =>
        (await queries.BoothsAsync(http.Actor(), id, http.RequestAborted)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Ok<InterviewResponse>, ValidationProblem, ProblemHttpResult>> CallNext(
        Guid id, Guid employerId, CallNextCandidate call, HttpContext http) =>
        (await call.ExecuteAsync(http.Actor(), id, employerId, http.RequestAborted)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Ok<InterviewResponse>, ValidationProblem, ProblemHttpResult>> ChangeInterview(
        Guid id, Guid interviewId, InterviewChangeRequest request, RecordInterview record, HttpContext http) =>
        (await record.ExecuteAsync(http.Actor(), id, interviewId, request, http.RequestAborted)).ToHttp(TypedResults.Ok);
}
