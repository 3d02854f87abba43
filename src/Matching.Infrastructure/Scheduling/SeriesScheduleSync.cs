using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Matching.Infrastructure.Scheduling;

/// <summary>
/// A stored trigger is never replaced at start (see <see cref="SchedulingExtensions"/>), so a changed
/// <see cref="SchedulerOptions.SeriesSchedule"/> would otherwise never reach a persistent store.
/// This reschedules the series trigger only when its stored cron expression differs.
/// </summary>
internal sealed class SeriesScheduleSync(
    ISchedulerFactory schedulers, IOptions<SchedulerOptions> options, TimeProvider clock, ILogger<SeriesScheduleSync> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var configured = CronExpression.Parse(options.Value.SeriesSchedule).CronExpressionString;
        if (await scheduler.GetTrigger(SeriesCreationJob.ScheduleKey, cancellationToken) is not ICronTrigger stored
            || stored.CronExpressionString == configured)
        {
            return;
        }

        await scheduler.RescheduleJob(SeriesCreationJob.ScheduleKey, SeriesCreationJob.ScheduleTrigger(options.Value.SeriesSchedule, clock), cancellationToken);
        logger.LogInformation("Series schedule changed from {Old} to {New}", stored.CronExpressionString, options.Value.SeriesSchedule);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
