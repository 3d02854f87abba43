using Matching.Domain.Events;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Matching.IntegrationTests.Scheduling;

/// <summary>
/// Two real worker processes on one PostgreSQL database, each with a Hangfire server on the shared storage. A
/// series fires every two seconds; each occurrence must fire once, each fired job run on one node only, and each
/// instance be created once.
/// </summary>
public sealed class ClusteredSchedulingTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> Fast = new()
    {
        ["Matching:Store:Provider"] = "PostgreSql",
        ["Matching:Hangfire:SchedulePollingInterval"] = "00:00:01",
    };

    [PostgresFact]
    public async Task Two_worker_processes_fire_each_occurrence_of_a_series_once_and_create_each_instance_once()
    {
        var connectionString = PostgresFactAttribute.NewDatabase();
        var seriesId = await StoreSeriesAsync(connectionString, "*/2 * * * * *");

        await using var a = await HostProcess.StartWorkerAsync(Settings(connectionString));
        await using var b = await HostProcess.StartWorkerAsync(Settings(connectionString));
        await using var db = Connect(connectionString);
        var deadline = DateTime.UtcNow.AddMinutes(2);
        // A node is ready before its Hangfire server has announced itself; on a loaded machine the second one took
        // longer than twelve runs of the first, so the runs are counted from when both are in the shared storage.
        int servers;
        while ((servers = await ServerCountAsync(db)) < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        var before = SeriesRuns(a, b).Count;
        List<JobRun> runs;
        while ((runs = SeriesRuns(a, b)).Count < before + 12)
        {
            Assert.True(DateTime.UtcNow < deadline, "too few series runs:\n" + a.Output + "\n----\n" + b.Output);
            await Task.Delay(250);
        }

        // Stopped, not killed: a kill can cut off the log line of an instance its store already holds.
        await a.StopAsync();
        await b.StopAsync();
        runs = SeriesRuns(a, b);
        foreach (var node in runs.GroupBy(r => r.Server))
        {
            output.WriteLine($"{node.Key}: {node.Count()} runs");
        }

        Assert.Equal(2, servers);
        Assert.Equal(runs.Count, runs.Select(r => r.JobId).Distinct().Count());
        // A fire at t follows an occurrence at or before t; two fires after the same occurrence would be one fired twice.
        var twice = runs.Where(r => r.FiredAt is not null).GroupBy(r => r.FiredAt!.Value.ToUnixTimeSeconds() / 2).Where(g => g.Count() > 1).ToList();
        Assert.True(twice.Count == 0, "fired twice: " + string.Join("; ", twice.Select(g => string.Join(", ", g.Select(r => $"{r.FiredAt:o} on {r.Server}"))))
            + "\n" + a.Output + "\n----\n" + b.Output);
        Assert.Contains(runs, r => r.Server != runs[0].Server);
        var instances = await db.Events.AsNoTracking().Where(e => e.SeriesId == seriesId).Select(e => e.StartsAt).ToListAsync();
        Assert.NotEmpty(instances);
        Assert.Equal(instances.Count, instances.Distinct().Count());
        Assert.Equal(instances.Count, Created(a, b));
    }

    /// <summary>
    /// Nodes coming and going while another fires a series every second: each one reconciles at start, and finds
    /// the series' job in the shared storage, so it adds no fire.
    /// </summary>
    [PostgresFact]
    public async Task Nodes_starting_and_stopping_beside_a_running_one_never_double_a_fire()
    {
        var connectionString = PostgresFactAttribute.NewDatabase();
        await StoreSeriesAsync(connectionString, "* * * * * *");
        await using var a = await HostProcess.StartWorkerAsync(Settings(connectionString));
        var hosts = new List<HostProcess> { a };
        for (var i = 0; i < 5; i++)
        {
            await using var b = await HostProcess.StartWorkerAsync(Settings(connectionString));
            hosts.Add(b);
            await Task.Delay(1500);
        }

        await Task.Delay(2000);
        a.Kill();
        var runs = SeriesRuns([.. hosts]);
        output.WriteLine($"{runs.Count} runs on {runs.Select(r => r.Server).Distinct().Count()} nodes");
        var twice = runs.Where(r => r.FiredAt is not null).GroupBy(r => r.FiredAt!.Value.ToUnixTimeSeconds()).Where(g => g.Count() > 1).ToList();
        Assert.True(twice.Count == 0, "fired twice: " + string.Join("; ", twice.Select(g => string.Join(", ", g.Select(r => $"{r.FiredAt:o} on {r.Server}")))));
        Assert.Equal(runs.Count, runs.Select(r => r.JobId).Distinct().Count());
        Assert.True(runs.Count >= 5, $"only {runs.Count} runs");
    }

    private static async Task<int> ServerCountAsync(MatchingDbContext db)
    {
        try
        {
            return await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM hangfire.server").SingleAsync();
        }
        catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.UndefinedTable)
        {
            return 0; // the first server has not made its schema yet
        }
    }

    private static Dictionary<string, string> Settings(string connectionString) =>
        new(Fast) { ["Matching:Store:ConnectionString"] = connectionString };

    /// <summary>
    /// The store made and a series saved before any node starts, as after an upgrade: the first node's reconciler
    /// gives it its recurring job. One holiday far back keeps the shipped ones out, so today is never skipped.
    /// </summary>
    private static async Task<Guid> StoreSeriesAsync(string connectionString, string schedule)
    {
        await using var db = Connect(connectionString);
        await db.Database.MigrateAsync();
        db.PublicHolidays.Add(new PublicHoliday { Date = new DateOnly(2000, 1, 1), Name = "시험" });
        var series = new EventSeries
        {
            Id = Guid.NewGuid(), Kind = EventKind.StandingHall, Title = "상설채용관", Schedule = schedule, DurationMinutes = 1,
            Venue = "구로구 일자리센터", SlotMinutes = 1, CreateAheadDays = 1, Active = true, CreatedAt = DateTimeOffset.UtcNow,
        };
        db.EventSeries.Add(series);
        await db.SaveChangesAsync();
        return series.Id;
    }

    private static MatchingDbContext Connect(string connectionString) =>
        new(new DbContextOptionsBuilder<MatchingDbContext>().UseNpgsql(connectionString).Options);

    private static List<JobRun> SeriesRuns(params HostProcess[] hosts) =>
        JobRun.From([.. hosts.Select(h => h.Output)]).Where(r => r.Job == "SeriesJob").ToList();

    private static int Created(params HostProcess[] hosts) => hosts
        .SelectMany(h => h.Output.Split('\n'))
        .Select(line => System.Text.RegularExpressions.Regex.Match(line, @"Series run of \S+: (\d+) created"))
        .Where(m => m.Success)
        .Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
}
