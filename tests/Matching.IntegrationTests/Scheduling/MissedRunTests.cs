using Hangfire;
using Matching.Infrastructure.Scheduling;
using Matching.Infrastructure.Store;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using static Matching.IntegrationTests.Scheduling.Kst;

namespace Matching.IntegrationTests.Scheduling;

/// <summary>
/// Runs missed while nothing ran are made up once, not once per missed occurrence, and then the schedule goes on.
/// In memory, Hangfire forgets everything at a stop, so the start-up reconciler works it out from the series' stored
/// last run, on the test's clock. On PostgreSQL the recurring job survives the stop and Hangfire's relaxed misfire
/// handling makes the run up, from the last execution it stored.
/// </summary>
public sealed class MissedRunTests
{
    [Fact]
    public async Task In_memory_a_restart_after_downtime_makes_up_the_missed_runs_once_through_the_reconciler()
    {
        using var file = new TempSqlite();
        var clock = new FakeTimeProvider(At(2026, 9, 1, 10, 30));
        Guid seriesId;
        await using (var first = await SchedulerHost.StartAsync(StoreProvider.Sqlite, file.ConnectionString, clock, new LogCapture()))
        {
            seriesId = await first.AddSeriesAsync(createAheadDays: 14, createdAt: clock.GetUtcNow());
            await first.RunCreatorAsync(seriesId);
            Assert.Equal([At(2026, 9, 4, 14), At(2026, 9, 11, 14)], (await first.InstancesAsync(seriesId)).Select(e => e.StartsAt));
        }

        // Down for nineteen days: the Fridays 09-04, 09-11 and 09-18 at 14:00 went by while nothing ran.
        clock.SetUtcNow(At(2026, 9, 20, 15, 30));
        var logs = new LogCapture();
        await using (var second = await SchedulerHost.StartAsync(StoreProvider.Sqlite, file.ConnectionString, clock, logs))
        {
            var runs = await logs.WaitForAsync(l => SeriesRunLine.From(l).Count >= 1, "the make-up run");

            var madeUp = Assert.Single(SeriesRunLine.From(runs));
            Assert.Equal((seriesId, 1), (madeUp.SeriesId, madeUp.Created));
            Assert.Contains(runs, e => e.Message.Contains("1 missed runs made up", StringComparison.Ordinal));
            // 09-18 had passed, 09-25 is 추석, 10-02 is within the fourteen days; 10-09 (한글날) is not.
            Assert.Equal(
                [At(2026, 9, 4, 14), At(2026, 9, 11, 14), At(2026, 10, 2, 14)],
                (await second.InstancesAsync(seriesId)).Select(e => e.StartsAt));
            // The schedule goes on: the series' recurring job, on its own cron in Seoul.
            var job = second.RecurringJob(SeriesRecurringJobs.JobId(seriesId));
            Assert.NotNull(job);
            Assert.Equal(("0 0 14 ? * FRI", "Asia/Seoul"), (job.Cron, job.TimeZoneId));
        }

        // A third start with nothing missed since makes nothing up.
        var third = new LogCapture();
        await using var again = await SchedulerHost.StartAsync(StoreProvider.Sqlite, file.ConnectionString, clock, third);
        Assert.Contains(third.Entries, e => e.Message.Contains("0 missed runs made up", StringComparison.Ordinal));
        Assert.Empty(SeriesRunLine.From(third.Entries));
    }

    [PostgresFact]
    public async Task On_postgresql_a_restart_after_downtime_makes_up_the_missed_runs_once_through_misfire_handling()
    {
        var connectionString = PostgresFactAttribute.NewDatabase();
        var clock = TimeProvider.System;
        var jobId = "";
        Guid seriesId;
        await using (var first = await SchedulerHost.StartAsync(StoreProvider.PostgreSql, connectionString, clock, new LogCapture()))
        {
            seriesId = await first.AddSeriesAsync(createAheadDays: 14, createdAt: clock.GetUtcNow(), lastRunAt: clock.GetUtcNow());
            await first.RegisterSeriesAsync(seriesId);
            jobId = SeriesRecurringJobs.JobId(seriesId);
        }

        // While every node was down, three or four Fridays at 14:00 went by: the stored job was made four weeks ago
        // and never ran since (Hangfire counts missed occurrences from its last execution, else from its creation).
        var lastRun = DateTimeOffset.UtcNow.AddDays(-28);
        await using (var db = new NpgsqlConnection(connectionString))
        {
            await db.OpenAsync();
            await using var hash = new NpgsqlCommand(
                "DELETE FROM hangfire.hash WHERE key = @key AND field = 'LastExecution'; UPDATE hangfire.hash SET value = @at WHERE key = @key AND field = 'CreatedAt'", db);
            hash.Parameters.AddWithValue("at", lastRun.UtcDateTime.ToString("o", System.Globalization.CultureInfo.InvariantCulture));
            hash.Parameters.AddWithValue("key", $"recurring-job:{jobId}");
            Assert.Equal(1, await hash.ExecuteNonQueryAsync());
            await using var due = new NpgsqlCommand("UPDATE hangfire.set SET score = @score WHERE key = 'recurring-jobs' AND value = @id", db);
            due.Parameters.AddWithValue("score", (double)lastRun.AddDays(1).ToUnixTimeSeconds());
            due.Parameters.AddWithValue("id", jobId);
            Assert.Equal(1, await due.ExecuteNonQueryAsync());
        }

        var logs = new LogCapture();
        await using var second = await SchedulerHost.StartAsync(StoreProvider.PostgreSql, connectionString, clock, logs);
        await logs.WaitForAsync(l => SeriesRunLine.From(l).Count >= 1, "the make-up run");
        var job = second.RecurringJob(jobId);

        // One job for three missed Fridays, and the next fire is the coming Friday: nothing more can come before it.
        Assert.Equal(1, await JobsOfAsync(connectionString, jobId));
        Assert.NotNull(job?.NextExecution);
        Assert.True(job.NextExecution > DateTime.UtcNow);
        Assert.Equal(DayOfWeek.Friday, job.NextExecution.Value.AddHours(9).DayOfWeek);
        Assert.Single(SeriesRunLine.From(logs.Entries));
        // The reconciler left a job Hangfire still held alone.
        Assert.Contains(logs.Entries, e => e.Message.Contains("0 series jobs put back", StringComparison.Ordinal));
    }

    [PostgresFact]
    public async Task A_node_starting_beside_a_running_one_fires_nothing_extra()
    {
        var connectionString = PostgresFactAttribute.NewDatabase();
        var clock = TimeProvider.System;
        var logs = new LogCapture();
        Guid seriesId;
        await using (var first = await SchedulerHost.StartAsync(StoreProvider.PostgreSql, connectionString, clock, new LogCapture()))
        {
            seriesId = await first.AddSeriesAsync(createAheadDays: 14, createdAt: clock.GetUtcNow());
        }

        // This node finds the new series without a job: it registers it and runs it once.
        await using var running = await SchedulerHost.StartAsync(StoreProvider.PostgreSql, connectionString, clock, logs);
        await logs.WaitForAsync(l => SeriesRunLine.From(l).Count == 1, "the first run of the new series");
        var jobId = SeriesRecurringJobs.JobId(seriesId);
        var before = running.RecurringJob(jobId);

        await using var second = await SchedulerHost.StartAsync(StoreProvider.PostgreSql, connectionString, clock, logs);

        var after = second.RecurringJob(jobId);
        Assert.Equal((before?.Cron, before?.NextExecution, before?.LastExecution, before?.LastJobId), (after?.Cron, after?.NextExecution, after?.LastExecution, after?.LastJobId));
        Assert.Equal(1, await JobsOfAsync(connectionString, jobId));
        Assert.Contains(logs.Entries, e => e.Message.Contains("0 series jobs put back", StringComparison.Ordinal));
    }

    [PostgresFact]
    public async Task A_stored_job_whose_schedule_differs_from_its_series_is_rescheduled_at_start()
    {
        var connectionString = PostgresFactAttribute.NewDatabase();
        var clock = TimeProvider.System;
        Guid seriesId;
        await using (var first = await SchedulerHost.StartAsync(StoreProvider.PostgreSql, connectionString, clock, new LogCapture()))
        {
            seriesId = await first.AddSeriesAsync(schedule: "0 30 10 ? * WED", createdAt: clock.GetUtcNow(), lastRunAt: clock.GetUtcNow());
            first.Services.GetRequiredService<IRecurringJobManagerV2>().AddOrUpdate<SeriesJob>(
                SeriesRecurringJobs.JobId(seriesId), j => j.RunAsync(seriesId, CancellationToken.None), "0 0 14 ? * FRI", SeriesRecurringJobs.Options);
        }

        await using var restarted = await SchedulerHost.StartAsync(StoreProvider.PostgreSql, connectionString, clock, new LogCapture());

        var job = restarted.RecurringJob(SeriesRecurringJobs.JobId(seriesId));
        Assert.Equal("0 30 10 ? * WED", job?.Cron);
        var next = job!.NextExecution!.Value.AddHours(9);
        Assert.Equal((DayOfWeek.Wednesday, 10, 30), (next.DayOfWeek, next.Hour, next.Minute));
    }

    /// <summary>Background jobs a recurring job has created so far, counted in Hangfire's tables.</summary>
    private static async Task<long> JobsOfAsync(string connectionString, string recurringJobId)
    {
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        await using var count = new NpgsqlCommand(
            "SELECT count(*) FROM hangfire.jobparameter WHERE name = 'RecurringJobId' AND value = @id", db);
        count.Parameters.AddWithValue("id", $"\"{recurringJobId}\"");
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
