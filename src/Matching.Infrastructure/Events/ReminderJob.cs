namespace Matching.Infrastructure.Events;

/// <summary>Scheduled for 10:00 KST the day before an event: reminds each seeker who still has an interview there.</summary>
public sealed class ReminderJob(ReminderService reminders)
{
    public Task RunAsync(Guid eventId, CancellationToken ct) => reminders.SendAsync(eventId, ct);
}
