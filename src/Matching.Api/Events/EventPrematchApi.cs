using System.Security.Claims;
using Matching.Api.Auth;
using Matching.Api.Common;
using Matching.Application.Privacy;
using Matching.Domain.Events;
using Matching.Infrastructure.Events;
using Matching.Infrastructure.Store;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

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
        Guid id, PrematchRequest? request, MatchingDbContext db, EventJobs jobs, IOptions<EventOptions> options, CancellationToken ct)
    {
        var (ev, problem) = await EventLookup.FindAsync(db, id, mustBeOpen: true);
        if (ev is null)
        {
            return problem!;
        }

        if (request?.MinScore is { } given && (double.IsNaN(given) || given < 0 || given > 100))
        {
            var errors = new ValidationErrors();
            errors.Add("minScore", "0 이상 100 이하의 점수여야 합니다.");
            return errors.ToProblem();
        }

        if (!await db.EventEmployers.AnyAsync(b => b.EventId == id, ct) || !await db.EventSeekers.AnyAsync(s => s.EventId == id, ct))
        {
            return Problems.Conflict("사전매칭할 참가자가 없습니다", "참가 기업과 참가 구직자가 각각 한 명 이상 있어야 사전매칭할 수 있습니다.");
        }

        ev.PrematchMinScore = request?.MinScore ?? ev.PrematchMinScore ?? options.Value.PrematchMinScore;
        ev.PrematchStatus = PrematchStatus.Queued;
        ev.PrematchError = null;
        ev.Version++;
        if (!await db.TrySaveAsync())
        {
            return Problems.Conflict("동시에 변경되었습니다", "행사가 방금 다른 곳에서 바뀌었습니다. 다시 시도하세요.");
        }

        await jobs.EnqueuePrematchAsync(id, ct);
        var location = $"/api/events/{id}/timetable";
        return TypedResults.Accepted(location, new PrematchAccepted(id, ev.PrematchStatus, ev.PrematchMinScore.Value, location));
    }

    private static async Task<Results<Ok<TimetableResponse>, ProblemHttpResult>> Timetable(
        Guid id, MatchingDbContext db, AuditTrail audit, ClaimsPrincipal user, HttpContext http)
    {
        var (ev, problem) = await EventLookup.FindAsync(db, id, mustBeOpen: false);
        if (ev is null)
        {
            return problem!;
        }

        var query = db.EventInterviews.AsNoTracking().Where(i => i.EventId == id && i.Source == InterviewSource.Prematched);
        var employer = user.IsEmployer() ? user.EmployerIdOf() : null;
        if (user.IsEmployer())
        {
            query = query.Where(i => i.EmployerId == employer);
        }

        var interviews = await query.ToListAsync();
        var names = await EventLookup.SeekerNamesAsync(db, audit, http.Actor(), interviews.Select(i => i.SeekerId), http.RequestAborted);
        var slots = interviews.OrderBy(i => i.SlotIndex).ThenBy(i => i.EmployerId).ThenBy(i => i.SeekerId)
            .Select(i => new TimetableSlot(i.Id, i.SlotIndex ?? 0, i.StartsAt ?? ev.StartsAt, i.EmployerId, i.OpeningId, i.SeekerId,
                names[i.SeekerId], i.Score, i.Status))
            .ToList();
        var unplaced = user.IsEmployer()
            ? []
            : (await db.EventSeekers.AsNoTracking().Where(s => s.EventId == id && s.UnplacedReason != null).ToListAsync())
                .OrderBy(s => s.JoinedAt).Select(s => new UnplacedResponse(s.SeekerId, s.UnplacedReason!)).ToList();
        return TypedResults.Ok(new TimetableResponse(id, ev.PrematchStatus, ev.PrematchStartedAt, ev.PrematchedAt, ev.PrematchMinScore, slots,
            unplaced.Select(u => u.SeekerId).ToList(), unplaced));
    }
}
