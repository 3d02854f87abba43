using System.Globalization;
using System.Text.RegularExpressions;
using Matching.Domain.Events;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Matching.IntegrationTests.Scheduling;

/// <summary>
/// Two real worker processes on one PostgreSQL database: two Quartz nodes of one cluster (same
/// scheduler name, their own instance ids). The series job fires every two seconds; each fire must run
/// on one node only, and each instance be created once.
/// </summary>
public sealed partial class ClusteredSchedulingTests(ITestOutputHelper output)
{
    [PostgresFact]
    public async Task Two_clustered_nodes_run_each_fire_of_the_series_job_once_and_create_each_instance_once()
    {
        var connectionString = PostgresFactAttribute.NewDatabase();
        var settings = new Dictionary<string, string>
        {
            ["Matching:Store:Provider"] = "PostgreSql",
            ["Matching:Store:ConnectionString"] = connectionString,
            ["Matching:Scheduler:SeriesSchedule"] = "0/2 * * * * ?",
            ["Matching:Scheduler:IdleWaitTime"] = "00:00:01",
        };

        await using var a = await HostProcess.StartWorkerAsync(settings);
        await using var b = await HostProcess.StartWorkerAsync(settings);
        await using var db = Connect(connectionString);
        // Hourly instances: without holidays in the way, two days ahead is 48 of them whatever the date.
        await db.PublicHolidays.ExecuteDeleteAsync();
        var series = new EventSeries
        {
            Id = Guid.NewGuid(), Kind = EventKind.StandingHall, Title = "상설채용관", Schedule = "0 0 * * * ?", DurationMinutes = 50,
            Venue = "구로구 일자리센터", SlotMinutes = 10, CreateAheadDays = 2, Active = true, CreatedAt = DateTimeOffset.UtcNow,
        };
        db.EventSeries.Add(series);
        await db.SaveChangesAsync();

        // Wait for a dozen fires after the series exists: the first of them created its instances.
        var deadline = DateTime.UtcNow.AddMinutes(2);
        List<Run> runs;
        while ((runs = Runs(a, b)).Count(r => r.Created > 0) == 0 || runs.Count(r => r.Scheduled > series.CreatedAt) < 12)
        {
            Assert.True(DateTime.UtcNow < deadline, "too few series runs:\n" + a.Output + "\n----\n" + b.Output);
            await Task.Delay(250);
        }

        var nodes = await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM qrtz_scheduler_state").SingleAsync();
        a.Kill();
        b.Kill();
        runs = Runs(a, b);
        foreach (var node in runs.GroupBy(r => r.Node))
        {
            output.WriteLine($"{node.Key}: {node.Count()} runs, {node.Sum(r => r.Created)} instances created");
        }

        Assert.Equal(2, nodes);
        var twice = runs.GroupBy(r => (r.Trigger, r.Scheduled)).Where(g => g.Count() > 1).ToList();
        Assert.True(twice.Count == 0, "fired more than once: " + string.Join("; ", twice.Select(g => $"{g.Key} on {string.Join(", ", g.Select(r => r.Node))}"))
            + "\n" + a.Output + "\n----\n" + b.Output);
        var instances = await db.Events.AsNoTracking().Where(e => e.SeriesId == series.Id).Select(e => e.StartsAt).ToListAsync();
        Assert.InRange(instances.Count, 47, 49);
        Assert.Equal(instances.Count, instances.Distinct().Count());
        Assert.Equal(instances.Count, runs.Sum(r => r.Created));
    }

    /// <summary>
    /// Nodes coming and going while another fires every second. A starting node once replaced the stored
    /// trigger while the running node held it acquired, and that fire ran on both; starting nodes now
    /// leave stored triggers alone.
    /// </summary>
    [PostgresFact]
    public async Task Nodes_starting_and_stopping_beside_a_running_one_never_double_a_fire()
    {
        var settings = new Dictionary<string, string>
        {
            ["Matching:Store:Provider"] = "PostgreSql",
            ["Matching:Store:ConnectionString"] = PostgresFactAttribute.NewDatabase(),
            ["Matching:Scheduler:SeriesSchedule"] = "* * * * * ?",
            ["Matching:Scheduler:IdleWaitTime"] = "00:00:01",
        };
        await using var a = await HostProcess.StartWorkerAsync(settings);
        var hosts = new List<HostProcess> { a };
        for (var i = 0; i < 5; i++)
        {
            await using var b = await HostProcess.StartWorkerAsync(settings);
            hosts.Add(b);
            await Task.Delay(1500);
        }

        await Task.Delay(2000);
        a.Kill();
        var runs = Runs([.. hosts]);
        output.WriteLine($"{runs.Count} runs on {runs.Select(r => r.Node).Distinct().Count()} nodes");
        var twice = runs.GroupBy(r => (r.Trigger, r.Scheduled)).Where(g => g.Count() > 1).ToList();
        Assert.True(twice.Count == 0, "fired more than once: " + string.Join("; ", twice.Select(g => $"{g.Key} on {string.Join(", ", g.Select(r => r.Node))}")));
        Assert.True(runs.Count >= 5, $"only {runs.Count} runs");
    }

    private static MatchingDbContext Connect(string connectionString) =>
        new(new DbContextOptionsBuilder<MatchingDbContext>().UseNpgsql(connectionString).Options);

    private static List<Run> Runs(params HostProcess[] hosts) => hosts
        .SelectMany(h => h.Output.Split('\n'))
        .Select(line => RunLine().Match(line))
        .Where(m => m.Success)
        .Select(m => new Run(
            m.Groups["trigger"].Value,
            DateTimeOffset.Parse(m.Groups["scheduled"].Value, CultureInfo.InvariantCulture),
            m.Groups["node"].Value,
            int.Parse(m.Groups["created"].Value, CultureInfo.InvariantCulture)))
        .ToList();

    private sealed record Run(string Trigger, DateTimeOffset Scheduled, string Node, int Created);

    [GeneratedRegex(@"Series run \S+ of (?<trigger>\S+) scheduled (?<scheduled>\S+) on (?<node>\S+): (?<created>\d+) created")]
    private static partial Regex RunLine();
}
