using Matching.Domain.Events;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Matching.Infrastructure.Events;

/// <summary>The day before an event (from 10:00 KST), reminds every seeker who still has an interview there.</summary>
public sealed class ReminderService(MatchingDbContext db, Notifier notifier, TimeProvider clock, ILogger<ReminderService> logger)
{
    /// <summary>
    /// Sends the event's reminders not sent yet; returns how many. Only on the day before the event: a job that
    /// comes too late (after downtime) sends nothing rather than a "tomorrow" on the day itself.
    /// </summary>
    public async Task<int> SendAsync(Guid eventId, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        var tomorrow = clock.Today().AddDays(1);
        if (ev is null || ev.Status != EventStatus.Scheduled || DateOnly.FromDateTime(ev.StartsAt.ToOffset(KoreaClock.Offset).DateTime) != tomorrow)
        {
            logger.LogInformation("No reminders for event {EventId}: it is gone, closed or not tomorrow ({Tomorrow})", eventId, tomorrow);
            return 0;
        }

        var interviews = await db.EventInterviews.AsNoTracking()
            .Where(i => i.EventId == ev.Id && i.Status == InterviewStatus.Scheduled).ToListAsync(ct);
        var bySeeker = interviews.GroupBy(i => i.SeekerId).ToDictionary(
            g => g.Key,
            g => g.OrderBy(i => i.StartsAt).Select(i => new Interview(i.SlotIndex ?? 0, i.StartsAt ?? ev.StartsAt, i.EmployerId, i.OpeningId, i.SeekerId, i.Score)).ToList());
        var sent = 0;
        if (bySeeker.Count > 0)
        {
            var texts = await NotificationTexts.InterviewListsAsync(db, ev, bySeeker, NotificationTexts.Reminder, ct);
            sent = await notifier.NotifyAsync(ev.Id, NotificationKind.Reminder, texts, ct);
        }

        logger.LogInformation("Reminders for event {EventId} on {Date}: {Sent} sent", eventId, tomorrow, sent);
        return sent;
    }
}
