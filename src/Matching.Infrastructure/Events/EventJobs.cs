using Hangfire;
using Matching.Infrastructure.Scheduling;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;

namespace Matching.Infrastructure.Events;

/// <summary>
/// Hands an event's background work to Hangfire and notes the job on the event row, so that the start-up
/// reconciler can tell a live job from one its storage lost. Callers save the event's own state first: a job that
/// starts before it would find nothing to do.
/// </summary>
public sealed class EventJobs(MatchingDbContext db, IBackgroundJobClient jobs, JobStorage storage, TimeProvider clock)
{
    /// <summary>Reminders go out at this time of day (KST), the day before the event.</summary>
    public static readonly TimeOnly ReminderTime = new(10, 0);

    /// <summary>
    /// Queues the event's pre-match; its status is already saved as queued. A job of the event that has not started
    /// yet will read that status, so none is added beside it: repeated requests cannot fill the workers with jobs
    /// waiting for the event's lock. A running one may have read the event before this request; it fails its final
    /// save on the changed version and runs again, and the job added here waits for it.
    /// </summary>
    public async Task EnqueuePrematchAsync(Guid eventId, CancellationToken ct)
    {
        var current = await db.Events.Where(e => e.Id == eventId).Select(e => e.PrematchJobId).FirstOrDefaultAsync(ct);
        using (var connection = storage.GetConnection())
        {
            if (JobStates.Holds(connection, current, typeof(PrematchJob), eventId, JobStates.Waiting))
            {
                return;
            }
        }

        var jobId = jobs.Enqueue<PrematchJob>(j => j.RunAsync(eventId, CancellationToken.None));
        await db.Events.Where(e => e.Id == eventId).ExecuteUpdateAsync(u => u.SetProperty(e => e.PrematchJobId, jobId), ct);
    }

    /// <summary>
    /// Schedules the reminders for 10:00 KST the day before <paramref name="startsAt"/>, or at once when that has
    /// passed but the event is still tomorrow. Nothing for an event starting today or earlier.
    /// </summary>
    public async Task ScheduleReminderAsync(Guid eventId, DateTimeOffset startsAt, CancellationToken ct)
    {
        var day = DateOnly.FromDateTime(startsAt.ToOffset(KoreaClock.Offset).DateTime);
        if (day <= clock.Today())
        {
            return;
        }

        var jobId = jobs.Schedule<ReminderJob>(j => j.RunAsync(eventId, CancellationToken.None), day.AddDays(-1).At(ReminderTime));
        await db.Events.Where(e => e.Id == eventId).ExecuteUpdateAsync(u => u.SetProperty(e => e.ReminderJobId, jobId), ct);
    }
}
