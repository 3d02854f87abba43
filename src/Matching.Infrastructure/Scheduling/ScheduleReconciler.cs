using Hangfire;
using Hangfire.Storage;
using Matching.Domain.Events;
using Matching.Infrastructure.Events;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Matching.Infrastructure.Scheduling;

/// <summary>
/// At start, brings Hangfire's storage in line with the service's own tables, which stay the truth. The in-memory
/// storage starts empty at every start, and a PostgreSQL deployment may have lost its <c>hangfire</c> schema; both
/// get back every series' recurring job (with one make-up run for a series that missed an occurrence), the close-out
/// sweep, the pre-matches still queued and the reminders still due. What the storage still holds is left alone, so a
/// node starting beside running ones adds nothing. It runs once every hosted service has started (the migrations,
/// the demo data), before the host reports itself started.
/// </summary>
internal sealed class ScheduleReconciler(
    IServiceScopeFactory scopes, JobStorage storage, IRecurringJobManagerV2 recurring, TimeProvider clock, ILogger<ScheduleReconciler> logger)
    : IHostedLifecycleService
{
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        using var connection = storage.GetConnection();
        // Nodes starting together take turns: the second finds what the first put back.
        using var turn = connection.AcquireDistributedLock("matching:reconcile", TimeSpan.FromMinutes(1));
        recurring.AddOrUpdate<CloseOutJob>(CloseOutJob.RecurringJobId, j => j.RunAsync(CancellationToken.None), CloseOutJob.Schedule, SeriesRecurringJobs.Options);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        var jobs = scope.ServiceProvider.GetRequiredService<EventJobs>();
        var (registered, madeUp) = await ReconcileSeriesAsync(connection, db, scope.ServiceProvider.GetRequiredService<SeriesRecurringJobs>(), cancellationToken);

        var queued = await db.Events.AsNoTracking()
            .Where(e => e.PrematchStatus == PrematchStatus.Queued && e.Status == EventStatus.Scheduled)
            .Select(e => new { e.Id, e.PrematchJobId }).ToListAsync(cancellationToken);
        var prematches = 0;
        foreach (var ev in queued.Where(e => !JobStates.Holds(connection, e.PrematchJobId, typeof(PrematchJob), e.Id, JobStates.Pending)))
        {
            await jobs.EnqueuePrematchAsync(ev.Id, cancellationToken);
            prematches++;
        }

        var tomorrow = clock.Today().AddDays(1).At();
        var upcoming = await db.Events.AsNoTracking()
            .Where(e => e.Status == EventStatus.Scheduled && e.StartsAt >= tomorrow)
            .Select(e => new { e.Id, e.StartsAt, e.ReminderJobId }).ToListAsync(cancellationToken);
        var reminders = 0;
        foreach (var ev in upcoming.Where(e => !JobStates.Holds(connection, e.ReminderJobId, typeof(ReminderJob), e.Id, JobStates.PendingOrDone)))
        {
            await jobs.ScheduleReminderAsync(ev.Id, ev.StartsAt, cancellationToken);
            reminders++;
        }

        logger.LogInformation(
            "Schedule reconciled: {Registered} series jobs put back ({MadeUp} missed runs made up), {Prematches} pre-matches queued again, {Reminders} reminders scheduled again",
            registered, madeUp, prematches, reminders);
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<(int Registered, int MadeUp)> ReconcileSeriesAsync(
        IStorageConnection connection, MatchingDbContext db, SeriesRecurringJobs seriesJobs, CancellationToken ct)
    {
        var now = clock.Now();
        var stored = connection.GetRecurringJobs().ToDictionary(j => j.Id);
        var all = await db.EventSeries.AsNoTracking().ToListAsync(ct);
        int registered = 0, madeUp = 0;
        foreach (var series in all)
        {
            var id = SeriesRecurringJobs.JobId(series.Id);
            stored.Remove(id, out var job);
            if (!series.Active)
            {
                if (job is not null)
                {
                    seriesJobs.Remove(series.Id);
                }

                continue;
            }

            if (!SeriesSchedule.TryParse(series.Schedule, out var cron, out var hangfireCron))
            {
                logger.LogWarning("Series {SeriesId} has a schedule that cannot be read: {Schedule}", series.Id, series.Schedule);
                continue;
            }

            if (job is not null && job.Cron == hangfireCron && job.TimeZoneId == SeoulTime.Zone.Id)
            {
                continue;
            }

            seriesJobs.Register(series);
            registered++;
            // A job still stored makes up what it missed itself (relaxed misfire); one the storage lost cannot know.
            if (job is null && (series.LastRunAt is not { } last || SeriesSchedule.NextAfter(cron, last) <= now))
            {
                seriesJobs.RunNow(series.Id);
                madeUp++;
            }
        }

        // Jobs of series deleted from the store.
        foreach (var orphan in stored.Keys.Where(k => k.StartsWith(SeriesRecurringJobs.JobIdPrefix, StringComparison.Ordinal)))
        {
            recurring.RemoveIfExists(orphan);
        }

        return (registered, madeUp);
    }
}
