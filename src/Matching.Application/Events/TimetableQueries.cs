using Matching.Application.Common;
using Matching.Application.Privacy;
using Matching.Domain.Events;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Events;

/// <summary>The pre-matched interview timetable: every slot and the unplaced seekers with why; an employer its own booth only.</summary>
public sealed class TimetableQueries(MatchingDbContext db, AuditTrail audit)
{
    public async Task<Result<TimetableResponse>> GetAsync(Actor actor, Guid eventId, CancellationToken ct = default)
    {
        var found = await EventLookup.FindAsync(db, eventId, mustBeOpen: false, ct);
        if (found.Value is not { } ev)
        {
            return found.Problem!;
        }

        var query = db.EventInterviews.AsNoTracking().Where(i => i.EventId == eventId && i.Source == InterviewSource.Prematched);
        if (actor.IsEmployer)
        {
            query = query.Where(i => i.EmployerId == actor.EmployerId);
        }

        var interviews = await query.ToListAsync(ct);
        var names = await EventLookup.SeekerNamesAsync(db, audit, actor, interviews.Select(i => i.SeekerId), ct);
        var slots = interviews.OrderBy(i => i.SlotIndex).ThenBy(i => i.EmployerId).ThenBy(i => i.SeekerId)
            .Select(i => new TimetableSlot(i.Id, i.SlotIndex ?? 0, i.StartsAt ?? ev.StartsAt, i.EmployerId, i.OpeningId, i.SeekerId,
                names[i.SeekerId], i.Score, i.Status))
            .ToList();
        var unplaced = actor.IsEmployer
            ? []
            : (await db.EventSeekers.AsNoTracking().Where(s => s.EventId == eventId && s.UnplacedReason != null).ToListAsync(ct))
                .OrderBy(s => s.JoinedAt).Select(s => new UnplacedResponse(s.SeekerId, s.UnplacedReason!)).ToList();
        return new TimetableResponse(eventId, ev.PrematchStatus, ev.PrematchStartedAt, ev.PrematchedAt, ev.PrematchMinScore, slots,
            unplaced.Select(u => u.SeekerId).ToList(), unplaced);
    }
}
