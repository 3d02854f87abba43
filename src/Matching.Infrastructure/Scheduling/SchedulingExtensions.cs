using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Matching.Infrastructure.Events;
using Matching.Infrastructure.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matching.Infrastructure.Scheduling;

/// <summary>
/// Hangfire, with its storage chosen from <c>Matching:Store</c>: in memory on SQLite, and on PostgreSQL the same
/// database (schema <c>hangfire</c>), shared by every node, so a job enqueued anywhere runs once on some worker.
/// </summary>
public static class SchedulingExtensions
{
    public const string Schema = "hangfire";

    /// <summary>
    /// The job client, and unless <paramref name="runsServer"/> is false on PostgreSQL, a job server with the
    /// start-up reconciler. A node without a server (an API node with <c>Matching:Worker:InProcess=false</c>) only
    /// enqueues into the shared storage. The in-memory storage is shared with no other process, so there every
    /// node runs its own server.
    /// </summary>
    public static IHostApplicationBuilder AddMatchingScheduler(this IHostApplicationBuilder builder, bool runsServer = true)
    {
        var store = builder.Configuration.GetSection(StoreOptions.SectionName).Get<StoreOptions>() ?? new StoreOptions();
        var services = builder.Services;
        services.AddOptions<HangfireOptions>().BindConfiguration(HangfireOptions.SectionName)
            .Validate(o => o.WorkerCount >= 1 && o.SchedulePollingInterval >= TimeSpan.FromMilliseconds(100)
                && o.QueuePollInterval >= TimeSpan.FromMilliseconds(50) && o.InvisibilityTimeout > TimeSpan.Zero
                && o.DistributedLockTimeout > TimeSpan.Zero && o.RetryDelaysOrDefault.All(d => d >= 0),
                "Matching:Hangfire: WorkerCount ≥ 1, poll intervals ≥ 0.1 s (queue ≥ 0.05 s), timeouts > 0, retry delays ≥ 0")
            .ValidateOnStart();
        services.AddScoped<SeriesInstanceCreator>();
        services.AddScoped<SeriesRecurringJobs>();
        services.AddScoped<EventJobs>();
        services.AddHostedService<HolidaySeeder>();

        // Hangfire's own registrations fall back to process-wide statics (JobStorage.Current, the global filters),
        // which several hosts in one process (the tests) would share. Each host gets its own instead.
        if (store.Provider == StoreProvider.PostgreSql)
        {
            services.AddSingleton(_ => new NpgsqlDataSourceConnectionFactory(store.ConnectionString));
        }

        services.AddSingleton<JobStorage>(sp =>
        {
            EnsureConfigured(sp);
            return store.Provider == StoreProvider.PostgreSql
                ? new PostgreSqlStorage(sp.GetRequiredService<NpgsqlDataSourceConnectionFactory>(), PostgreSqlOptions(sp.GetRequiredService<IOptions<HangfireOptions>>().Value))
                // Guid ids, so an id noted on an event before a restart never names another job after it.
                : new InMemoryStorage(new InMemoryStorageOptions { IdType = InMemoryStorageIdType.Guid });
        });
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<IJobFilterProvider>(sp => new JobFilterProviderCollection(JobFilterProviders.Providers, Filters(sp)));
        services.AddHangfire((sp, c) => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HostLogProvider(sp.GetRequiredService<ILoggerFactory>())));

        if (runsServer || store.Provider != StoreProvider.PostgreSql)
        {
            services.AddHangfireServer((sp, server) =>
            {
                var options = sp.GetRequiredService<IOptions<HangfireOptions>>().Value;
                server.WorkerCount = options.WorkerCount;
                server.Queues = options.QueuesOrDefault;
                server.SchedulePollingInterval = options.SchedulePollingInterval;
            });
            services.AddHostedService<ScheduleReconciler>();
        }

        return builder;
    }

    private static PostgreSqlStorageOptions PostgreSqlOptions(HangfireOptions options) => new()
    {
        SchemaName = Schema,
        PrepareSchemaIfNecessary = true,
        // LISTEN/NOTIFY wakes an idle worker as a job is enqueued on any node; polling is the fallback.
        EnableLongPolling = true,
        QueuePollInterval = options.QueuePollInterval,
        UseSlidingInvisibilityTimeout = true,
        InvisibilityTimeout = options.InvisibilityTimeout,
        DistributedLockTimeout = options.DistributedLockTimeout,
    };

    /// <summary>Hangfire's global configuration (its log provider among it) is set before any of its objects is made.</summary>
    private static void EnsureConfigured(IServiceProvider sp) => sp.GetRequiredService<IGlobalConfiguration>();

    /// <summary>This host's filters, on top of Hangfire's global defaults: they hold this host's services.</summary>
    private static JobFilterCollection Filters(IServiceProvider sp)
    {
        EnsureConfigured(sp);
        var options = sp.GetRequiredService<IOptions<HangfireOptions>>().Value;
        var filters = new JobFilterCollection();
        filters.Add(new JobRunLog(sp.GetRequiredService<ILogger<JobRunLog>>()));
        var delays = options.RetryDelaysOrDefault;
        filters.Add(delays.Length == 0 ? new AutomaticRetryAttribute { Attempts = 0 } : new AutomaticRetryAttribute { Attempts = delays.Length, DelaysInSeconds = delays });
        filters.Add(new PrematchGaveUp(sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<ILogger<PrematchGaveUp>>()));
        return filters;
    }
}
