using Hangfire;
using Hangfire.Storage;
using Matching.Domain.Events;
using Matching.Infrastructure.Events;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Messaging;
using Matching.Infrastructure.Scheduling;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Matching.IntegrationTests.Scheduling;

/// <summary>
/// A worker host in this process, on a clock the test sets: the store, the index, the bus and the events as the
/// worker adds them, and Hangfire with its server. The service's code runs on the test's clock; Hangfire's own
/// scheduler keeps real time.
/// </summary>
public sealed class SchedulerHost : IAsyncDisposable
{
    private readonly IHost host;

    private SchedulerHost(IHost host) => this.host = host;

    public IServiceProvider Services => host.Services;

    public static async Task<SchedulerHost> StartAsync(StoreProvider provider, string connectionString, TimeProvider clock, LogCapture logs)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Matching:Store:Provider"] = provider.ToString(),
            ["Matching:Store:ConnectionString"] = connectionString,
            // Due jobs and recurring fires are looked for every second, not every fifteen.
            ["Matching:Hangfire:SchedulePollingInterval"] = "00:00:01",
        });
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Information);
        builder.Services.AddSingleton(clock);
        builder.AddMatchingStore();
        builder.AddCandidateIndex();
        builder.AddMatchingMessaging();
        builder.AddRecruitmentEvents();
        builder.AddMatchingScheduler();

        var host = builder.Build();
        await host.StartAsync();
        return new SchedulerHost(host);
    }

    public async Task<T> WithDbAsync<T>(Func<MatchingDbContext, Task<T>> work)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<MatchingDbContext>());
    }

    /// <summary>One run of what the series job does, outside Hangfire.</summary>
    public async Task<SeriesRun> RunCreatorAsync(Guid seriesId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SeriesInstanceCreator>().CreateDueAsync(seriesId);
    }

    /// <summary>A series as the API would store it, without registering its job (a start's reconciler does that).</summary>
    public async Task<Guid> AddSeriesAsync(
        string schedule = "0 0 14 ? * FRI", int createAheadDays = 14, bool active = true, DateTimeOffset? lastRunAt = null, DateTimeOffset? createdAt = null)
    {
        var series = new EventSeries
        {
            Id = Guid.NewGuid(), Kind = EventKind.FridayHiring, Title = "금요채용마당", Schedule = schedule, DurationMinutes = 180,
            Venue = "서구 일자리센터 3층", SlotMinutes = 20, CreateAheadDays = createAheadDays, Active = active,
            CreatedAt = createdAt ?? DateTimeOffset.UnixEpoch, LastRunAt = lastRunAt,
        };
        await WithDbAsync(async db =>
        {
            db.EventSeries.Add(series);
            return await db.SaveChangesAsync();
        });
        return series.Id;
    }

    /// <summary>Registers the series' recurring job as the API does when it creates one.</summary>
    public async Task RegisterSeriesAsync(Guid seriesId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var series = await scope.ServiceProvider.GetRequiredService<MatchingDbContext>().EventSeries.SingleAsync(s => s.Id == seriesId);
        Assert.True(scope.ServiceProvider.GetRequiredService<SeriesRecurringJobs>().Register(series));
    }

    public Task<List<RecruitmentEvent>> InstancesAsync(Guid seriesId) => WithDbAsync(async db =>
        (await db.Events.AsNoTracking().Where(e => e.SeriesId == seriesId).ToListAsync()).OrderBy(e => e.StartsAt).ToList());

    /// <summary>The series' recurring job as Hangfire's storage holds it, or null.</summary>
    public RecurringJobDto? RecurringJob(string id)
    {
        using var connection = host.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs([id]).SingleOrDefault(j => !j.Removed);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
