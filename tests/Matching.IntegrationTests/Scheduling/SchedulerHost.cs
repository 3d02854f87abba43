using Matching.Domain.Events;
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
/// A worker-like host on a controllable clock: the store, and (unless told otherwise) the scheduler
/// exactly as the worker adds it. Quartz takes the container's TimeProvider, so it runs on the same clock.
/// </summary>
public sealed class SchedulerHost : IAsyncDisposable
{
    private readonly IHost host;

    private SchedulerHost(IHost host) => this.host = host;

    public IServiceProvider Services => host.Services;

    public static async Task<SchedulerHost> StartAsync(
        StoreProvider provider, string connectionString, TimeProvider clock, LogCapture logs, bool scheduler = true, string? seriesSchedule = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Matching:Store:Provider"] = provider.ToString(),
            ["Matching:Store:ConnectionString"] = connectionString,
            // Quartz looks at the (manual) clock again at least every second.
            ["Matching:Scheduler:IdleWaitTime"] = "00:00:01",
        });
        if (seriesSchedule is not null)
        {
            builder.Configuration["Matching:Scheduler:SeriesSchedule"] = seriesSchedule;
        }

        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Information);
        builder.Services.AddSingleton(clock);
        builder.AddMatchingStore();
        if (scheduler)
        {
            builder.AddMatchingScheduler();
        }
        else
        {
            builder.Services.AddScoped<SeriesInstanceCreator>();
        }

        var host = builder.Build();
        await host.StartAsync();
        return new SchedulerHost(host);
    }

    public async Task<T> WithDbAsync<T>(Func<MatchingDbContext, Task<T>> work)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<MatchingDbContext>());
    }

    /// <summary>One run of what the series job does, outside Quartz.</summary>
    public async Task<SeriesRun> RunCreatorAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SeriesInstanceCreator>().CreateDueAsync();
    }

    public async Task<Guid> AddSeriesAsync(string schedule = "0 0 14 ? * FRI", int createAheadDays = 14, bool active = true)
    {
        var series = new EventSeries
        {
            Id = Guid.NewGuid(), Kind = EventKind.FridayHiring, Title = "금요채용마당", Schedule = schedule, DurationMinutes = 180,
            Venue = "서구 일자리센터 3층", SlotMinutes = 20, CreateAheadDays = createAheadDays, Active = active,
            CreatedAt = DateTimeOffset.UnixEpoch,
        };
        await WithDbAsync(async db =>
        {
            db.EventSeries.Add(series);
            return await db.SaveChangesAsync();
        });
        return series.Id;
    }

    public async Task SeedHolidaysAsync() => await WithDbAsync(async db =>
    {
        if (!await db.PublicHolidays.AnyAsync())
        {
            db.PublicHolidays.AddRange(PublicHolidayFile.Read());
        }

        return await db.SaveChangesAsync();
    });

    public Task<List<RecruitmentEvent>> InstancesAsync(Guid seriesId) => WithDbAsync(async db =>
        (await db.Events.AsNoTracking().Where(e => e.SeriesId == seriesId).ToListAsync()).OrderBy(e => e.StartsAt).ToList());

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
