using System.Security.Claims;
using Matching.Api.Auth;
using Matching.Api.Common;
using Matching.Application.Matches;
using Matching.Contracts;
using Matching.Domain.Events;
using Matching.Infrastructure.Events;
using Matching.Infrastructure.Store;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

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
        Guid id, CheckInRequest request, MatchingDbContext db, EventDay day, CancellationToken ct)
    {
        var (ev, problem) = await EventLookup.FindAsync(db, id, mustBeOpen: true);
        if (ev is null)
        {
            return problem!;
        }

        var errors = new ValidationErrors();
        errors.Required("seekerId", request.SeekerId);
        errors.Range("maxInterviews", request.MaxInterviews, 1, 10);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var seekerId = request.SeekerId!.Value;
        if (!await db.Seekers.AnyAsync(s => s.Id == seekerId && s.Status == Infrastructure.Store.Entities.ProfileStatus.Active, ct))
        {
            return Problems.NotFound("구직자", seekerId);
        }

        var result = await day.CheckInAsync(ev, seekerId, request.MaxInterviews, ct);
        var names = await EventLookup.SeekerNamesAsync(db, [seekerId]);
        return TypedResults.Ok(new CheckInResponse(result.SeekerId, result.WalkIn, result.CheckedInAt,
            result.Queued.Select(i => i.ToResponse(names.GetValueOrDefault(seekerId) ?? "")).ToList(), result.Note));
    }

    private static async Task<Results<Ok<List<BoothState>>, ProblemHttpResult>> Booths(
        Guid id, MatchingDbContext db, BoothSnapshots snapshots, ClaimsPrincipal user, CancellationToken ct)
    {
        var (ev, problem) = await EventLookup.FindAsync(db, id, mustBeOpen: false);
        if (ev is null)
        {
            return problem!;
        }

        if (user.IsEmployer())
        {
            var own = user.EmployerIdOf() is { } employerId ? [employerId] : new List<Guid>();
            var booths = await snapshots.BuildAsync(id, own, ct);
            return TypedResults.Ok(booths.Select(Anonymised).ToList());
        }

        return TypedResults.Ok(await snapshots.BuildAsync(id, null, ct));
    }

    private static async Task<Results<Ok<InterviewResponse>, ProblemHttpResult>> CallNext(
        Guid id, Guid employerId, MatchingDbContext db, EventDay day, ClaimsPrincipal user, CancellationToken ct)
    {
        var (ev, problem) = await EventLookup.FindAsync(db, id, mustBeOpen: true);
        if (ev is null)
        {
            return problem!;
        }

        if (!user.MayActFor(employerId))
        {
            return Problems.Forbidden("소속 기업의 부스만 호출할 수 있습니다.");
        }

        var booth = await db.EventEmployers.AsNoTracking().FirstOrDefaultAsync(b => b.EventId == id && b.EmployerId == employerId, ct);
        if (booth is null)
        {
            return Problems.NotFound("행사 참가 기업", employerId);
        }

        var interview = await day.CallNextAsync(id, booth, ct);
        if (interview is null)
        {
            return Problems.Conflict("부를 구직자가 없습니다",
                "대기 중인 구직자가 없거나, 다른 부스에서 면접 중이거나, 면접관이 모두 면접 중입니다.");
        }

        var names = await EventLookup.SeekerNamesAsync(db, [interview.SeekerId]);
        return TypedResults.Ok(interview.ToResponse(EventMapping.SeekerName(user.IsEmployer(), interview.SeekerId, names)));
    }

    private static async Task<Results<Ok<InterviewResponse>, ValidationProblem, ProblemHttpResult>> ChangeInterview(
        Guid id, Guid interviewId, InterviewChangeRequest request, MatchingDbContext db, EventDay day, ClaimsPrincipal user, CancellationToken ct)
    {
        var (ev, problem) = await EventLookup.FindAsync(db, id, mustBeOpen: true);
        if (ev is null)
        {
            return problem!;
        }

        var interview = await db.EventInterviews.FirstOrDefaultAsync(i => i.Id == interviewId && i.EventId == id, ct);
        if (interview is null)
        {
            return Problems.NotFound("면접", interviewId);
        }

        if (!user.MayActFor(interview.EmployerId))
        {
            return Problems.Forbidden("소속 기업 부스의 면접만 기록할 수 있습니다.");
        }

        if (request.Status is not (InterviewStatus.Done or InterviewStatus.NoShow))
        {
            var errors = new ValidationErrors();
            errors.Add("status", "면접 결과는 Done(면접 완료) 또는 NoShow(불참) 중 하나여야 합니다.");
            return errors.ToProblem();
        }

        if (interview.Status is not (InterviewStatus.Scheduled or InterviewStatus.Waiting or InterviewStatus.InProgress))
        {
            return Problems.Conflict("이미 끝난 면접입니다", $"이 면접은 이미 {interview.Status}(으)로 기록되었습니다.");
        }

        await day.FinishAsync(interview, request.Status.Value, ct);
        var names = await EventLookup.SeekerNamesAsync(db, [interview.SeekerId]);
        return TypedResults.Ok(interview.ToResponse(EventMapping.SeekerName(user.IsEmployer(), interview.SeekerId, names)));
    }

    /// <summary>What an employer's screen shows of its booth: the next candidate without a name.</summary>
    internal static BoothState Anonymised(BoothState booth) => booth with
    {
        Next = booth.Next is { } next ? next with { SeekerName = AnonymousName.For(next.SeekerId) } : null,
    };
}
