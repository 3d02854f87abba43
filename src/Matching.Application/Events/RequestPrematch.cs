using Matching.Application.Common;
using Matching.Domain.Events;
using Matching.Infrastructure.Events;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Matching.Application.Events;

/// <summary>사전매칭: the event is saved as queued, then a Hangfire job on the <c>prematch</c> queue solves its timetable.</summary>
public sealed class RequestPrematch(MatchingDbContext db, EventJobs jobs, IOptions<EventOptions> options)
{
    public static string TimetablePath(Guid eventId) => $"/api/events/{eventId}/timetable";

    public async Task<Result<PrematchAccepted>> ExecuteAsync(Guid eventId, PrematchRequest? request, CancellationToken ct = default)
    {
        var found = await EventLookup.FindAsync(db, eventId, mustBeOpen: true, ct);
        if (found.Value is not { } ev)
        {
            return found.Problem!;
        }

        if (request?.MinScore is { } given && (double.IsNaN(given) || given < 0 || given > 100))
        {
            var errors = new ValidationErrors();
            errors.Add("minScore", "0 이상 100 이하의 점수여야 합니다.");
            return Problem.Invalid(errors);
        }

        if (!await db.EventEmployers.AnyAsync(b => b.EventId == eventId, ct) || !await db.EventSeekers.AnyAsync(s => s.EventId == eventId, ct))
        {
            return Problem.Conflict("사전매칭할 참가자가 없습니다", "참가 기업과 참가 구직자가 각각 한 명 이상 있어야 사전매칭할 수 있습니다.");
        }

        ev.PrematchMinScore = request?.MinScore ?? ev.PrematchMinScore ?? options.Value.PrematchMinScore;
        ev.PrematchStatus = PrematchStatus.Queued;
        ev.PrematchError = null;
        ev.Version++;
        if (!await db.TrySaveAsync(ct))
        {
            return Problem.Conflict("동시에 변경되었습니다", "행사가 방금 다른 곳에서 바뀌었습니다. 다시 시도하세요.");
        }

        await jobs.EnqueuePrematchAsync(eventId, ct);
        return new PrematchAccepted(eventId, ev.PrematchStatus, ev.PrematchMinScore.Value, TimetablePath(eventId));
    }
}
