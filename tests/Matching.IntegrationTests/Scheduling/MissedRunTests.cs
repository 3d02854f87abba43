using Matching.Infrastructure.Store;
using Matching.IntegrationTests.Infrastructure;
using static Matching.IntegrationTests.Scheduling.ManualClock;

namespace Matching.IntegrationTests.Scheduling;

/// <summary>
/// Real Quartz on a manual clock: the series job on its hourly trigger, a stop, the clock moved past
/// many hourly fires while nothing runs, a restart. The missed creations are made up once at start,
/// not once per missed fire, and then the schedule goes on.
/// </summary>
public sealed class MissedRunTests
{
    [Fact]
    public async Task With_the_ram_store_a_restart_after_downtime_makes_up_the_missed_runs_once()
    {
        using var file = new TempSqlite();
        await MissedRunsAreMadeUpOnceAsync(StoreProvider.Sqlite, file.ConnectionString, runsAtStart: true);
    }

    [PostgresFact]
    public Task With_the_clustered_postgresql_store_a_restart_after_downtime_misfires_once() =>
        MissedRunsAreMadeUpOnceAsync(StoreProvider.PostgreSql, PostgresFactAttribute.NewDatabase(), runsAtStart: false);

    [PostgresFact]
    public async Task A_node_starting_beside_a_running_one_fires_nothing_extra()
    {
        var connectionString = PostgresFactAttribute.NewDatabase();
        var clock = new ManualClock(Kst(2026, 9, 1, 10, 30));
        var logs = new LogCapture();
        await using var first = await SchedulerHost.StartAsync(StoreProvider.PostgreSql, connectionString, clock, logs);
        clock.Set(Kst(2026, 9, 1, 11));
        await logs.WaitForAsync(l => SeriesRunLine.From(l).Count == 1, "the 11:00 fire");

        // The second node declares the same trigger again; the stored one keeps its history.
        clock.Set(Kst(2026, 9, 1, 11, 20));
        await using var second = await SchedulerHost.StartAsync(StoreProvider.PostgreSql, connectionString, clock, logs);
        clock.Set(Kst(2026, 9, 1, 12));
        var log = await logs.WaitForAsync(l => SeriesRunLine.From(l).Any(r => r.ScheduledFireTime == Kst(2026, 9, 1, 12)), "the 12:00 fire");

        Assert.Equal([Kst(2026, 9, 1, 11), Kst(2026, 9, 1, 12)], SeriesRunLine.From(log).Select(r => r.ScheduledFireTime));
    }

    [PostgresFact]
    public async Task A_changed_series_schedule_replaces_the_stored_trigger()
    {
        var connectionString = PostgresFactAttribute.NewDatabase();
        var clock = new ManualClock(Kst(2026, 9, 1, 10, 10));
        await using (await SchedulerHost.StartAsync(StoreProvider.PostgreSql, connectionString, clock, new LogCapture()))
        {
        }

        // Restarted with the job at half past instead of on the hour: the stored trigger follows.
        clock.Set(Kst(2026, 9, 1, 11, 5));
        var logs = new LogCapture();
        await using var restarted = await SchedulerHost.StartAsync(StoreProvider.PostgreSql, connectionString, clock, logs, seriesSchedule: "0 30 * * * ?");
        clock.Set(Kst(2026, 9, 1, 11, 30));
        var log = await logs.WaitForAsync(l => SeriesRunLine.From(l).Count == 1, "the 11:30 fire");

        Assert.Equal(Kst(2026, 9, 1, 11, 30), SeriesRunLine.From(log).Single().ScheduledFireTime);
    }

    private static async Task MissedRunsAreMadeUpOnceAsync(StoreProvider provider, string connectionString, bool runsAtStart)
    {
        var clock = new ManualClock(Kst(2026, 9, 1, 10, 30));
        var before = new LogCapture();
        Guid seriesId;
        await using (var first = await SchedulerHost.StartAsync(provider, connectionString, clock, before))
        {
            if (runsAtStart)
            {
                // A RAM store cannot know what it missed before this start: it runs the job once now.
                await before.WaitForAsync(l => SeriesRunLine.From(l).Count == 1, "the run at start");
            }

            seriesId = await first.AddSeriesAsync(createAheadDays: 14);
            clock.Set(Kst(2026, 9, 1, 11));
            var runs = await before.WaitForAsync(l => SeriesRunLine.From(l).Any(r => r.IsSchedule), "the 11:00 fire");
            Assert.Equal(Kst(2026, 9, 1, 11), SeriesRunLine.From(runs).Single(r => r.IsSchedule).ScheduledFireTime);
            Assert.Equal([Kst(2026, 9, 4, 14), Kst(2026, 9, 11, 14)], (await first.InstancesAsync(seriesId)).Select(e => e.StartsAt));
        }

        // Down for nineteen days: some 460 hourly fires missed, and the 09-18 instance's time went by.
        clock.Set(Kst(2026, 9, 20, 15, 30));
        var after = new LogCapture();
        await using var second = await SchedulerHost.StartAsync(provider, connectionString, clock, after);
        await after.WaitForAsync(l => SeriesRunLine.From(l).Count >= 1, "the make-up run");
        clock.Set(Kst(2026, 9, 20, 16));
        var log = await after.WaitForAsync(l => SeriesRunLine.From(l).Any(r => r.ScheduledFireTime == Kst(2026, 9, 20, 16)), "the 16:00 fire");

        // Runs are one at a time (DisallowConcurrentExecution), so every make-up run came before 16:00's.
        var madeUp = SeriesRunLine.From(log).TakeWhile(r => r.ScheduledFireTime != Kst(2026, 9, 20, 16)).ToList();
        var single = Assert.Single(madeUp);
        Assert.Equal(1, single.Created);

        // 09-18 had passed, 09-25 is 추석, 10-02 is within the fourteen days; 10-09 (한글날) is not.
        Assert.Equal(
            [Kst(2026, 9, 4, 14), Kst(2026, 9, 11, 14), Kst(2026, 10, 2, 14)],
            (await second.InstancesAsync(seriesId)).Select(e => e.StartsAt));
    }
}
