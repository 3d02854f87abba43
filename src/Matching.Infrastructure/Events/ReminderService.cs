using Matching.Domain.Events;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Matching.Infrastructure.Events;

/// <summary>The day before an event (run at 10:00 KST), reminds every seeker who still has an interview there.</summary>
public sealed class ReminderService(MatchingDbContext db, Notifier notifier, TimeProvider clock, ILogger<ReminderService> logger)
{
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var tomorrow = clock.Today().AddDays(1);
        var from = tomorrow.At();
        var to = from.AddDays(1);
        var events = await db.Events.AsNoTracking()
            .Where(e => e.Status == EventStatus.Scheduled && e.StartsAt >= from && e.StartsAt < to).ToListAsync(ct);
        var sent = 0;
        foreach (var ev in events)
        {
            var interviews = await db.EventInterviews.AsNoTracking()
                .Where(i => i.EventId == ev.Id && i.Status == InterviewStatus.Scheduled).ToListAsync(ct);
            var bySeeker = interviews.GroupBy(i => i.SeekerId).ToDictionary(
                g => g.Key,
                g => g.OrderBy(i => i.StartsAt).Select(i => new Interview(i.SlotIndex ?? 0, i.StartsAt ?? ev.StartsAt, i.EmployerId, i.OpeningId, i.SeekerId, i.Score)).ToList());
            if (bySeeker.Count == 0)
            {
                continue;
            }

            var texts = await NotificationTexts.InterviewListsAsync(db, ev, bySeeker, NotificationTexts.Reminder, ct);
            sent += await notifier.NotifyAsync(ev.Id, NotificationKind.Reminder, texts, ct);
        }

        logger.LogInformation("Reminders for {Date}: {Events} events, {Sent} reminders sent", tomorrow, events.Count, sent);
        return sent;
    }
}
