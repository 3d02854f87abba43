using Matching.Application.Common;
using Matching.Application.Privacy;
using Matching.Domain.Events;
using Matching.Domain.Referrals;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Events;

/// <summary>One booth's day: interviews held and missed, walk-ins seen, referrals made at close-out and hires since.</summary>
public sealed record BoothFigures(Guid EmployerId, string EmployerName, int Prematched, int WalkIns, int Done, int NoShows, int Referrals, int Hired);

/// <summary>After the event: its counts, each booth's, and what was sent to seekers.</summary>
public sealed class EventResultsQueries(MatchingDbContext db, AuditTrail audit)
{
    /// <summary>Closed events report the counts fixed at close-out; open ones the counts so far. Hires are always current.</summary>
    public async Task<Result<EventResultsResponse>> ResultsAsync(Guid eventId, CancellationToken ct = default)
    {
        var found = await EventLookup.FindAsync(db, eventId, mustBeOpen: false, ct);
        return found.IsOk ? await ResultsOfAsync(found.Value!, ct) : found.Problem!;
    }

    /// <summary>The results of <paramref name="ev"/> as it was read or closed in this request.</summary>
    internal async Task<EventResultsResponse> ResultsOfAsync(RecruitmentEvent ev, CancellationToken ct)
    {
        var eventId = ev.Id;
        db.ChangeTracker.Clear();
        var referralIds = await db.EventInterviews.Where(i => i.EventId == eventId && i.ReferralId != null).Select(i => i.ReferralId!.Value).ToListAsync(ct);
        var hired = await db.Referrals.CountAsync(r => referralIds.Contains(r.Id) && r.Status == ReferralStatus.Hired, ct);
        var r = ev.Results ?? EventResults.Of(
            await db.EventSeekers.AsNoTracking().Where(s => s.EventId == eventId).ToListAsync(ct),
            await db.EventInterviews.AsNoTracking().Where(i => i.EventId == eventId).ToListAsync(ct),
            referrals: 0, carriedOver: 0);
        return new EventResultsResponse(eventId, ev.Status, r.Registered, r.CheckedIn, r.Interviewed, r.NoShows, r.Referrals, r.CarriedOver, hired);
    }

    /// <summary>Each booth's figures, by employer name, for the close-out page.</summary>
    public async Task<Result<List<BoothFigures>>> BoothsAsync(Guid eventId, CancellationToken ct = default)
    {
        var found = await EventLookup.FindAsync(db, eventId, mustBeOpen: false, ct);
        if (!found.IsOk)
        {
            return found.Problem!;
        }

        var booths = await db.EventEmployers.AsNoTracking().Where(b => b.EventId == eventId)
            .Join(db.Employers, b => b.EmployerId, e => e.Id, (b, e) => new { b.EmployerId, e.Name }).ToListAsync(ct);
        var interviews = await db.EventInterviews.AsNoTracking().Where(i => i.EventId == eventId && i.Status != InterviewStatus.Cancelled).ToListAsync(ct);
        var referralIds = interviews.Where(i => i.ReferralId != null).Select(i => i.ReferralId!.Value).ToList();
        var hired = (await db.Referrals.AsNoTracking().Where(r => referralIds.Contains(r.Id) && r.Status == ReferralStatus.Hired)
            .Select(r => r.Id).ToListAsync(ct)).ToHashSet();
        return booths.OrderBy(b => b.Name, StringComparer.Ordinal).Select(b =>
        {
            var at = interviews.Where(i => i.EmployerId == b.EmployerId).ToList();
            return new BoothFigures(b.EmployerId, b.Name,
                at.Count(i => i.Source == InterviewSource.Prematched), at.Count(i => i.Source == InterviewSource.WalkIn),
                at.Count(i => i.Status == InterviewStatus.Done), at.Count(i => i.Status == InterviewStatus.NoShow),
                at.Count(i => i.ReferralId != null), at.Count(i => i.ReferralId is { } id && hired.Contains(id)));
        }).ToList();
    }

    /// <summary>What was sent to seekers; an organiser reads each name and phone masked, a counsellor in full (and recorded).</summary>
    public async Task<List<NotificationResponse>> NotificationsAsync(Actor actor, Guid eventId, Guid? seekerId, CancellationToken ct = default)
    {
        var query = db.Notifications.AsNoTracking().Where(n => n.EventId == eventId);
        if (seekerId is { } s)
        {
            query = query.Where(n => n.SeekerId == s);
        }

        var list = (await query.Take(5000).ToListAsync(ct)).OrderBy(n => n.CreatedAt).ToList();
        await audit.ShownAsync(actor, list.Select(n => n.SeekerId), ct);
        if (actor.SeesPersonalData)
        {
            return list.Select(n => n.ToResponse()).ToList();
        }

        var ids = list.Select(n => n.SeekerId).Distinct().ToList();
        var names = await db.Seekers.AsNoTracking().Where(x => ids.Contains(x.Id) && x.Name != null).ToDictionaryAsync(x => x.Id, x => x.Name!, ct);
        return list.Select(n => n.ToResponse() with
        {
            Text = names.TryGetValue(n.SeekerId, out var name) ? n.Text.Replace(name, actor.Name(n.SeekerId, name), StringComparison.Ordinal) : n.Text,
            Recipient = actor.Phone(n.Recipient),
        }).ToList();
    }
}
