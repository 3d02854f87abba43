using Matching.Infrastructure.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace Matching.Infrastructure.Scheduling;

/// <summary>
/// Quartz, with its store chosen from <c>Matching:Store</c>: the RAM store on SQLite, and on PostgreSQL
/// the persistent job store in the same database, clustered, so every node shares one schedule and a
/// fire runs on exactly one node.
/// </summary>
public static class SchedulingExtensions
{
    /// <summary>Every node of a cluster runs under this scheduler name, each with its own instance id.</summary>
    public const string SchedulerName = "Matching";

    /// <summary>
    /// A node that runs the schedule: the series job on its cron trigger, and whatever
    /// <paramref name="addJobs"/> adds. The scheduler starts with the host.
    /// </summary>
    public static IHostApplicationBuilder AddMatchingScheduler(
        this IHostApplicationBuilder builder,
        Action<IQuartzBuilder>? addJobs = null)
    {
        var (store, options) = AddSchedulerServices(builder);
        builder.Services.AddQuartz(q =>
        {
            UseStore(q, store, options);
            SeriesCreationJob.AddTo(q, options, store.Provider == StoreProvider.PostgreSql);
            addJobs?.Invoke(q);
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        builder.Services.AddHostedService<SeriesScheduleSync>();
        return builder;
    }

    /// <summary>
    /// A node that schedules without running the schedule (an API node with
    /// <c>Matching:Worker:InProcess=false</c>): <see cref="ISchedulerFactory"/> works for one-shot jobs.
    /// On PostgreSQL the scheduler is built but never started: what it schedules is written to the shared
    /// store and fired by a node running <see cref="AddMatchingScheduler"/>, so a job class must live in
    /// an assembly every node loads (Matching.Infrastructure). With the RAM store no other process can see
    /// its jobs, so the scheduler starts here and runs what this process schedules, and nothing else.
    /// </summary>
    public static IHostApplicationBuilder AddMatchingSchedulerClient(this IHostApplicationBuilder builder, Action<IQuartzBuilder>? addJobTypes = null)
    {
        var (store, options) = AddSchedulerServices(builder);
        builder.Services.AddQuartz(q =>
        {
            UseStore(q, store, options);
            SeriesCreationJob.AddJobOnly(q);
            addJobTypes?.Invoke(q);
        });
        builder.Services.AddQuartzHostedService(o =>
        {
            o.AutoStart = store.Provider != StoreProvider.PostgreSql;
            o.WaitForJobsToComplete = true;
        });
        return builder;
    }

    private static (StoreOptions Store, SchedulerOptions Options) AddSchedulerServices(IHostApplicationBuilder builder)
    {
        var store = builder.Configuration.GetSection(StoreOptions.SectionName).Get<StoreOptions>() ?? new StoreOptions();
        var options = builder.Configuration.GetSection(SchedulerOptions.SectionName).Get<SchedulerOptions>() ?? new SchedulerOptions();
        builder.Services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.SectionName)
            .Validate(o => SeriesSchedule.TryParse(o.SeriesSchedule, out _), "Matching:Scheduler:SeriesSchedule is not a Quartz cron expression")
            .Validate(o => o.IdleWaitTime >= TimeSpan.FromSeconds(1) && o.MisfireThreshold > TimeSpan.Zero, "Matching:Scheduler: IdleWaitTime ≥ 1 s, MisfireThreshold > 0")
            .ValidateOnStart();
        builder.Services.AddScoped<SeriesInstanceCreator>();

        // Hosted services start in order, after the store's migrator: the Quartz tables and the
        // holidays are in place before the scheduler is built.
        builder.Services.AddHostedService<QuartzSchema>();
        builder.Services.AddHostedService<HolidaySeeder>();

        // A starting node leaves a stored job or trigger as it is. Replacing it races the nodes already
        // running (one of them may hold the trigger acquired: the fire ran twice in a test), and a
        // replacement would start after "now", so fires missed while every node was down would never
        // misfire. SeriesScheduleSync applies a changed SeriesSchedule.
        builder.Services.Configure<QuartzOptions>(o =>
        {
            o.Scheduling.OverwriteExistingData = false;
            o.Scheduling.IgnoreDuplicates = true;
        });
        return (store, options);
    }

    private static void UseStore(IQuartzBuilder q, StoreOptions store, SchedulerOptions options)
    {
        q.ConfigureScheduler(s =>
        {
            s.InstanceName = SchedulerName;
            s.IdleWaitTime = options.IdleWaitTime;
            s.DefaultTimeZone = SeoulTime.Zone;
        });

        if (store.Provider == StoreProvider.PostgreSql)
        {
            q.UsePersistentStore(s =>
            {
                s.UsePostgres(store.ConnectionString);
                s.UseSystemTextJsonSerializer();
                s.UseClustering();
                // QuartzSchema creates the tables; Quartz only checks them.
                s.ConfigureStore(o =>
                {
                    o.MisfireThreshold = options.MisfireThreshold;
                    o.SchemaProvisioning = SchemaProvisioning.Validate;
                });
            });
        }
        else
        {
            q.UseInMemoryStore(o => o.MisfireThreshold = options.MisfireThreshold);
        }
    }
}
