using Matching.Domain.Events;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static Matching.IntegrationTests.Scheduling.Kst;

namespace Matching.IntegrationTests.Scheduling;

/// <summary>What one run of the series job creates, on a clock the test sets (SQLite store; the job called directly).</summary>
public sealed class SeriesInstanceTests : IDisposable
{
    private readonly TempSqlite file = new();
    private readonly LogCapture logs = new();

    public void Dispose() => file.Dispose();

    [Fact]
    public async Task A_friday_series_gets_an_instance_each_friday_at_14_kst_up_to_create_ahead_days()
    {
        var clock = new FakeTimeProvider(At(2026, 11, 2, 9)); // a Monday
        await using var host = await StartAsync(clock);
        var seriesId = await host.AddSeriesAsync(createAheadDays: 14);

        var run = await host.RunCreatorAsync(seriesId);

        var instances = await host.InstancesAsync(seriesId);
        Assert.Equal([At(2026, 11, 6, 14), At(2026, 11, 13, 14)], instances.Select(e => e.StartsAt));
        Assert.All(instances, e =>
        {
            Assert.Equal(TimeSpan.FromHours(9), e.StartsAt.Offset);
            Assert.Equal(DayOfWeek.Friday, e.StartsAt.DayOfWeek);
            Assert.Equal(e.StartsAt.AddMinutes(180), e.EndsAt);
            Assert.Equal(EventKind.FridayHiring, e.Kind);
            Assert.Equal("금요채용마당", e.Title);
            Assert.Equal("서구 일자리센터 3층", e.Venue);
            Assert.Equal(20, e.SlotMinutes);
            Assert.Equal(EventStatus.Scheduled, e.Status);
            Assert.Equal(PrematchStatus.None, e.PrematchStatus);
            Assert.Equal(1, e.Version);
        });
        Assert.Equal(new(2, 0, 0), run);
    }

    [Fact]
    public async Task A_run_creates_its_days_ahead_and_always_the_next_start()
    {
        var clock = new FakeTimeProvider(At(2026, 11, 2, 9)); // a Monday
        await using var host = await StartAsync(clock);
        var seriesId = await host.AddSeriesAsync(createAheadDays: 4); // to Friday 11-06 09:00: the 14:00 start is past it

        // Friday 14:00 is the next start and no run of the job comes before it, so this run makes it all the same.
        Assert.Equal(new(1, 0, 0), await host.RunCreatorAsync(seriesId));
        Assert.Equal([At(2026, 11, 6, 14)], (await host.InstancesAsync(seriesId)).Select(e => e.StartsAt));

        clock.SetUtcNow(At(2026, 11, 6, 14)); // the job's own run at that start: the next Friday, and no further
        Assert.Equal(new(1, 0, 0), await host.RunCreatorAsync(seriesId));
        Assert.Equal([At(2026, 11, 6, 14), At(2026, 11, 13, 14)], (await host.InstancesAsync(seriesId)).Select(e => e.StartsAt));
    }

    [Fact]
    public async Task A_monthly_series_made_fewer_days_ahead_than_its_starts_lie_apart_gets_each_instance_at_the_start_before()
    {
        var clock = new FakeTimeProvider(At(2026, 11, 1, 10)); // the job's run at the 1 November start
        await using var host = await StartAsync(clock);
        var seriesId = await host.AddSeriesAsync(schedule: "0 10 1 * *", createAheadDays: 7);

        Assert.Equal(new(1, 0, 0), await host.RunCreatorAsync(seriesId));
        clock.SetUtcNow(At(2026, 12, 1, 10));
        Assert.Equal(new(1, 0, 0), await host.RunCreatorAsync(seriesId));

        Assert.Equal([At(2026, 12, 1, 10), At(2027, 1, 1, 10)], (await host.InstancesAsync(seriesId)).Select(e => e.StartsAt));
    }

    [Fact]
    public async Task Fridays_that_are_public_holidays_get_no_instance()
    {
        // 2026-09-25 추석 and 2026-10-09 한글날 are Fridays; so are 2026-12-25 성탄절 and 2027-01-01 신정.
        var clock = new FakeTimeProvider(At(2026, 9, 21, 9));
        // Started without StartAsync's clearing: the holidays its start seeded from the shipped list stay.
        await using var host = await SchedulerHost.StartAsync(StoreProvider.Sqlite, file.ConnectionString, clock, logs);
        var seriesId = await host.AddSeriesAsync(createAheadDays: 30);

        var autumn = await host.RunCreatorAsync(seriesId);

        Assert.Equal([At(2026, 10, 2, 14), At(2026, 10, 16, 14)], (await host.InstancesAsync(seriesId)).Select(e => e.StartsAt));
        Assert.Equal(new(2, 0, 2), autumn);

        clock.SetUtcNow(At(2026, 12, 20, 9));
        var winter = await host.RunCreatorAsync(seriesId);
        Assert.Equal(new(2, 0, 2), winter);
        Assert.Equal(
            [At(2026, 10, 2, 14), At(2026, 10, 16, 14), At(2027, 1, 8, 14), At(2027, 1, 15, 14)],
            (await host.InstancesAsync(seriesId)).Select(e => e.StartsAt));
    }

    [Fact]
    public async Task Running_twice_creates_nothing_new()
    {
        var clock = new FakeTimeProvider(At(2026, 11, 2, 9));
        await using var host = await StartAsync(clock);
        var seriesId = await host.AddSeriesAsync(createAheadDays: 21);

        var first = await host.RunCreatorAsync(seriesId);
        var second = await host.RunCreatorAsync(seriesId);

        Assert.Equal(new(3, 0, 0), first);
        Assert.Equal(new(0, 3, 0), second);
        Assert.Equal(3, (await host.InstancesAsync(seriesId)).Count);
    }

    [Fact]
    public async Task Runs_racing_each_other_store_each_instance_once_and_log_no_failure()
    {
        var clock = new FakeTimeProvider(At(2026, 11, 2, 9));
        await using var host = await StartAsync(clock);
        var seriesId = await host.AddSeriesAsync(createAheadDays: 90);

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => host.RunCreatorAsync(seriesId))));

        var instances = await host.InstancesAsync(seriesId);
        Assert.Equal(13, instances.Count);
        Assert.Equal(instances.Count, instances.Select(e => e.StartsAt).Distinct().Count());
        Assert.Equal(13, runs.Sum(r => r.Created));
        Assert.All(runs, r => Assert.Equal(13, r.Created + r.Existing));
        Assert.DoesNotContain(logs.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }

    [Fact]
    public async Task Instances_already_started_are_not_created_and_inactive_series_create_nothing()
    {
        var clock = new FakeTimeProvider(At(2026, 11, 6, 15)); // Friday, an hour after 14:00
        await using var host = await StartAsync(clock);
        var active = await host.AddSeriesAsync(createAheadDays: 7);
        var inactive = await host.AddSeriesAsync(createAheadDays: 7, active: false);

        await host.RunCreatorAsync(active);
        Assert.Equal(new(0, 0, 0), await host.RunCreatorAsync(inactive));

        Assert.Equal([At(2026, 11, 13, 14)], (await host.InstancesAsync(active)).Select(e => e.StartsAt));
        Assert.Empty(await host.InstancesAsync(inactive));
    }

    /// <summary>Without the holidays a start seeds: only the holiday test, which starts its host itself, keeps them.</summary>
    private async Task<SchedulerHost> StartAsync(TimeProvider clock)
    {
        var host = await SchedulerHost.StartAsync(StoreProvider.Sqlite, file.ConnectionString, clock, logs);
        await host.WithDbAsync(db => db.PublicHolidays.ExecuteDeleteAsync());
        return host;
    }
}
