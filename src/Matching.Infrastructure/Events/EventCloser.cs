using Matching.Domain.Events;
using Matching.Domain.Referrals;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matching.Infrastructure.Events;

/// <summary>
/// Closes an event: seekers who never came are no-shows, every interview held or missed becomes a referral (알선)
/// for the placement statistics, 금요채용마당 no-shows are invited on to next week's instance, and the counts are
/// kept for the organiser.
/// </summary>
public sealed class EventCloser(
    MatchingDbContext db,
    Notifier notifier,
    EventUpdates updates,
    EventJobs jobs,
    TimeProvider clock,
    IOptions<EventOptions> options,
    ILogger<EventCloser> logger)
{
    /// <summary>Closes every event that has ended; returns how many this call closed.</summary>
    public async Task<int> CloseDueAsync(CancellationToken ct)
    {
        var now = clock.Now();
        var due = await db.Events.Where(e => e.Status == EventStatus.Scheduled && e.EndsAt <= now)
            .Select(e => e.Id).ToListAsync(ct);
        var closed = 0;
        foreach (var id in due)
        {
            if (await CloseAsync(id, ct) is not null)
            {
                closed++;
            }
        }

        return closed;
    }

    /// <summary>The results, or null when the event is gone, already closed, or another node closed it first.</summary>
    public async Task<EventResults?> CloseAsync(Guid eventId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var ev = await db.Events.FirstOrDefaultAsync(e => e.Id == eventId, ct);
        return ev is null || ev.Status == EventStatus.Closed ? null : await CloseAsync(ev, ct);
    }

    /// <summary>
    /// Closes <paramref name="ev"/>, an open event this closer's context tracks (a request has read it already); the
    /// results, or null when another node closed it first, and then the context has forgotten this attempt.
    /// </summary>
    public async Task<EventResults?> CloseAsync(RecruitmentEvent ev, CancellationToken ct)
    {
        var eventId = ev.Id;
        var now = clock.Now();
        var interviews = await db.EventInterviews.Where(i => i.EventId == eventId).ToListAsync(ct);
        var attendees = await db.EventSeekers.Where(s => s.EventId == eventId).ToListAsync(ct);
        foreach (var interview in interviews)
        {
            var end = interview.Status switch
            {
                InterviewStatus.Scheduled => InterviewStatus.NoShow,
                // Called to the booth but never marked: it was held.
                InterviewStatus.InProgress => InterviewStatus.Done,
                // Here, but the booth never called them: nobody's no-show.
                InterviewStatus.Waiting => InterviewStatus.Cancelled,
                _ => interview.Status,
            };
            if (end != interview.Status)
            {
                interview.Status = end;
                interview.FinishedAt = now;
                interview.Version++;
            }
        }

        var referrals = await ReferAsync(interviews, now, ct);
        var carried = await CarryOverAsync(ev, attendees, interviews, ct);

        ev.Results = EventResults.Of(attendees, interviews, referrals, carried.Count);
        ev.Status = EventStatus.Closed;
        ev.ClosedAt = now;
        ev.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogInformation("Event {EventId} was closed or changed by another node meanwhile; left to it", eventId);
            db.ChangeTracker.Clear();
            return null;
        }

        foreach (var (next, seekers) in carried.GroupBy(c => c.Next).Select(g => (g.Key, g.Select(c => c.SeekerId).ToList())))
        {
            var texts = await db.Seekers.AsNoTracking().Where(s => seekers.Contains(s.Id))
                .ToDictionaryAsync(s => s.Id, s => (NotificationTexts.CarryOver(next, s.Name ?? "구직자"), s.Phone), ct);
            await notifier.NotifyAsync(next.Id, NotificationKind.CarryOver, texts, ct);
            if (next.PrematchStatus == PrematchStatus.Queued)
            {
                // The next instance was already pre-matched: plan again so the newcomers get fresh matches.
                await jobs.EnqueuePrematchAsync(next.Id, ct);
            }
        }

        logger.LogInformation("Closed event {EventId}: {Results}", eventId, ev.Results);
        await updates.PublishAsync(eventId, EventUpdates.Closed, null, ct);
        return ev.Results;
    }

    private async Task<int> ReferAsync(List<EventInterview> interviews, DateTimeOffset now, CancellationToken ct)
    {
        var held = interviews.Where(i => i.ReferralId is null && i.Status is InterviewStatus.Done or InterviewStatus.NoShow).ToList();
        var seekerIds = held.Select(i => i.SeekerId).Distinct().ToList();
        var existing = await db.Referrals.Where(r => seekerIds.Contains(r.SeekerId)).ToListAsync(ct);
        var live = await db.Seekers.Where(s => seekerIds.Contains(s.Id) && s.Status == ProfileStatus.Active).Select(s => s.Id).ToListAsync(ct);
        var count = 0;
        foreach (var interview in held.Where(i => live.Contains(i.SeekerId)))
        {
            var open = existing.FirstOrDefault(r => r.SeekerId == interview.SeekerId && r.OpeningId == interview.OpeningId && ReferralRules.IsOpen(r.Status));
            if (open is not null)
            {
                interview.ReferralId = open.Id;
                if (interview.Status == InterviewStatus.Done && open.Status == ReferralStatus.Referred)
                {
                    open.Move(ReferralStatus.Interviewing, null, now, null);
                }

                continue;
            }

            var referral = new Referral
            {
                Id = Guid.NewGuid(), Version = 1, SeekerId = interview.SeekerId, OpeningId = interview.OpeningId,
                Status = ReferralStatus.Referred, Note = "채용행사 면접", CreatedAt = interview.StartsAt ?? interview.QueuedAt ?? now, UpdatedAt = now,
                History = [new ReferralChange(ReferralStatus.Referred, null, now, null)],
            };
            referral.Move(interview.Status == InterviewStatus.Done ? ReferralStatus.Interviewing : ReferralStatus.NoShow, null, now, null);
            db.Referrals.Add(referral);
            existing.Add(referral);
            interview.ReferralId = referral.Id;
            count++;
        }

        return count;
    }

    private async Task<List<(RecruitmentEvent Next, Guid SeekerId)>> CarryOverAsync(
        RecruitmentEvent ev, List<Store.Entities.EventSeeker> attendees, List<EventInterview> interviews, CancellationToken ct)
    {
        if (ev.Kind != EventKind.FridayHiring || ev.SeriesId is null)
        {
            return [];
        }

        var checkedIn = attendees.Where(a => a.CheckedInAt is not null).Select(a => a.SeekerId).ToHashSet();
        var noShows = interviews.Where(i => i.Status == InterviewStatus.NoShow && !checkedIn.Contains(i.SeekerId)).Select(i => i.SeekerId).ToHashSet();
        var eligible = attendees.Where(a => noShows.Contains(a.SeekerId) && a.CarryCount < options.Value.MaxCarryOvers).ToList();
        if (eligible.Count == 0)
        {
            return [];
        }

        var next = await db.Events.Where(e => e.SeriesId == ev.SeriesId && e.StartsAt > ev.StartsAt && e.Status == EventStatus.Scheduled)
            .OrderBy(e => e.StartsAt).FirstOrDefaultAsync(ct);
        if (next is null)
        {
            logger.LogWarning("Event {EventId}: {Count} no-shows not carried over, the series has no next instance yet", ev.Id, eligible.Count);
            return [];
        }

        var ids = eligible.Select(a => a.SeekerId).ToList();
        var there = await db.EventSeekers.Where(s => s.EventId == next.Id && ids.Contains(s.SeekerId)).Select(s => s.SeekerId).ToListAsync(ct);
        var now = clock.Now();
        var carried = new List<(RecruitmentEvent, Guid)>();
        foreach (var attendee in eligible.Where(a => !there.Contains(a.SeekerId)))
        {
            db.EventSeekers.Add(new Store.Entities.EventSeeker
            {
                EventId = next.Id, SeekerId = attendee.SeekerId, MaxInterviews = attendee.MaxInterviews,
                Source = AttendeeSource.CarriedOver, CarryCount = attendee.CarryCount + 1, JoinedAt = now,
            });
            carried.Add((next, attendee.SeekerId));
        }

        if (carried.Count > 0 && next.PrematchStatus == PrematchStatus.Done)
        {
            next.PrematchStatus = PrematchStatus.Queued;
            next.Version++;
        }

        return carried;
    }
}
