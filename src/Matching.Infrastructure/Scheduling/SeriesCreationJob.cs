using Microsoft.Extensions.Logging;
using Quartz;

namespace Matching.Infrastructure.Scheduling;

/// <summary>
/// Creates the instances every active series asks for. Runs on a cron trigger (hourly by default) and
/// at once when a series is created; never twice at the same time, on one node or across a cluster.
/// </summary>
[DisallowConcurrentExecution]
public sealed class SeriesCreationJob(SeriesInstanceCreator creator, ILogger<SeriesCreationJob> logger) : IJob
{
    public static readonly JobKey Key = new("series-instances", "matching");
    public static readonly TriggerKey ScheduleKey = new("series-instances-schedule", "matching");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var run = await creator.CreateDueAsync(cancellationToken);
        // One line per fire, naming the fire: the clustered test counts these across nodes.
        logger.LogInformation(
            "Series run {FireInstanceId} of {Trigger} scheduled {ScheduledFireTime:o} on {Node}: {Created} created, {Existing} already there, {Holidays} on holidays",
            context.FireInstanceId, context.Trigger.Key, context.ScheduledFireTimeUtc, context.Scheduler.SchedulerInstanceId,
            run.Created, run.Existing, run.OnHolidays);
    }

    /// <summary>Asks for a run now, on whichever node fires it; used when a series is created.</summary>
    public static async Task RequestRunAsync(ISchedulerFactory schedulers, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.TriggerJob(Key, null, cancellationToken);
    }

    internal static void AddJobOnly(IQuartzBuilder q) =>
        q.AddJob<SeriesCreationJob>(j => j.WithIdentity(Key).StoreDurably());

    /// <summary>
    /// Missed creations happen at start, once. The persistent store keeps the trigger across restarts
    /// (a starting node never replaces it): fires missed while every node was down are a misfire, and
    /// fire-and-proceed runs the job once and goes on with the schedule. A RAM store starts empty and
    /// cannot know what it missed, so it runs the job once at every start.
    /// </summary>
    internal static void AddTo(IQuartzBuilder q, SchedulerOptions options, bool persistentStore)
    {
        AddJobOnly(q);
        q.AddTrigger(t => t
            .WithIdentity(ScheduleKey)
            .ForJob(Key)
            .WithSchedule(Schedule(options.SeriesSchedule)));
        if (!persistentStore)
        {
            q.RunAtStartup(Key);
        }
    }

    /// <summary>On the scheduler's clock: a trigger takes its "now" from the clock it was built with.</summary>
    internal static ITrigger ScheduleTrigger(string cron, TimeProvider clock) =>
        TriggerBuilder.Create(clock).WithIdentity(ScheduleKey).ForJob(Key).WithSchedule(Schedule(cron)).Build();

    private static CronScheduleBuilder Schedule(string cron) => CronScheduleBuilder.Create(cron)
        .InTimeZone(SeoulTime.Zone)
        .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed);
}
