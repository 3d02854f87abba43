using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Matching.Domain.Events;
using Matching.Infrastructure.Store;
using Matching.IntegrationTests.Infrastructure;
using Matching.IntegrationTests.Scheduling;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Matching.IntegrationTests.Events;

/// <summary>
/// The process running a pre-match is killed in its middle. After a restart the pre-match completes and each placed
/// seeker's invitation goes out once. On PostgreSQL the job stays in Hangfire's storage and a restarted worker takes it
/// up once the dead one's hold on it has lapsed; in memory the job died with the process and the restarted node's
/// reconciler queues it again from the event's status row.
/// </summary>
public sealed partial class PrematchCrashTests(ITestOutputHelper output)
{
    private const int Seekers = 2000;
    private const int Employers = 100;

    [PostgresFact]
    public async Task A_worker_killed_mid_prematch_completes_it_after_a_restart_and_invites_each_seeker_once()
    {
        var connectionString = PostgresFactAttribute.NewDatabase();
        var eventId = await CreateFairAsync(Postgres(connectionString));
        var settings = Settings("PostgreSql", connectionString);
        settings["Matching:Worker:InProcess"] = "false";
        // A dead worker's job and lock lapse after five seconds here, not minutes.
        settings["Matching:Hangfire:InvisibilityTimeout"] = "00:00:05";
        settings["Matching:Hangfire:DistributedLockTimeout"] = "00:00:05";

        await using var api = await HostProcess.StartApiAsync(settings);
        var first = await HostProcess.StartWorkerAsync(settings);
        await RequestAndKillMidwayAsync(api, first, eventId, () => Postgres(connectionString));
        await using var second = await HostProcess.StartWorkerAsync(settings);

        await AssertCompletedOnceAsync(eventId, () => Postgres(connectionString), first, second);
        Assert.Contains(JobRun.From(second.Output), r => r.Job == "PrematchJob" && r.Argument == eventId.ToString());
        await first.DisposeAsync();
    }

    [Fact]
    public async Task A_node_killed_mid_prematch_in_memory_completes_it_after_a_restart_and_invites_each_seeker_once()
    {
        using var file = new TempSqlite();
        var eventId = await CreateFairAsync(Sqlite(file.ConnectionString));
        var settings = Settings("Sqlite", file.ConnectionString);

        var first = await HostProcess.StartApiAsync(settings);
        await RequestAndKillMidwayAsync(first, first, eventId, () => Sqlite(file.ConnectionString));
        await using var second = await HostProcess.StartApiAsync(settings);

        await AssertCompletedOnceAsync(eventId, () => Sqlite(file.ConnectionString), first, second);
        Assert.Contains("1 pre-matches queued again", second.Output);
        await first.DisposeAsync();
    }

    private static Dictionary<string, string> Settings(string provider, string connectionString) => new()
    {
        ["Matching:Store:Provider"] = provider,
        ["Matching:Store:ConnectionString"] = connectionString,
        ["Matching:Bootstrap:AdminEmail"] = MatchingApiFactory.AdminEmail,
        ["Matching:Bootstrap:AdminPassword"] = MatchingApiFactory.AdminPassword,
        ["Matching:Hangfire:SchedulePollingInterval"] = "00:00:01",
    };

    private static async Task<Guid> CreateFairAsync(MatchingDbContext db)
    {
        await using (db)
        {
            await db.Database.MigrateAsync();
            return await BigFair.CreateAsync(db, Seekers, Employers);
        }
    }

    /// <summary>Asks for the pre-match and kills <paramref name="runner"/> as soon as it says the job started.</summary>
    private static async Task RequestAndKillMidwayAsync(HostProcess api, HostProcess runner, Guid eventId, Func<MatchingDbContext> connect)
    {
        using var http = new HttpClient { BaseAddress = new Uri(api.BaseUrl!) };
        var login = await HttpAssert.JsonAsync(await http.PostAsJsonAsync("/auth/login",
            new { email = MatchingApiFactory.AdminEmail, password = MatchingApiFactory.AdminPassword }), HttpStatusCode.OK);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        await HttpAssert.JsonAsync(await http.PostAsJsonAsync($"/api/events/{eventId}/prematch", new { }), HttpStatusCode.Accepted);

        await HostProcess.WaitForOutputAsync($"Pre-match of event {eventId} started", TimeSpan.FromMinutes(1), runner);
        runner.Kill();
        await using var db = connect();
        var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == eventId);
        var invited = await db.Notifications.CountAsync(n => n.EventId == eventId);
        // Otherwise the kill came too late to test a crash in the middle: the fair would need to be larger.
        Assert.True(ev.PrematchStatus == PrematchStatus.Queued && invited == 0, $"killed too late: {ev.PrematchStatus}, {invited} invitations stored");
    }

    private async Task AssertCompletedOnceAsync(Guid eventId, Func<MatchingDbContext> connect, params HostProcess[] hosts)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        PrematchStatus status;
        do
        {
            await Task.Delay(250);
            await using var poll = connect();
            status = (await poll.Events.AsNoTracking().SingleAsync(e => e.Id == eventId)).PrematchStatus;
            Assert.True(DateTime.UtcNow < deadline, $"still {status} after three minutes:\n" + string.Join("\n----\n", hosts.Select(h => h.Output)));
        }
        while (status != PrematchStatus.Done);

        // Done can be read before the last sent lines are written; the line logged after Done comes after them all.
        await HostProcess.WaitForOutputAsync($"Pre-matched event {eventId}", TimeSpan.FromMinutes(1), hosts);

        await using var db = connect();
        var placed = (await db.EventInterviews.AsNoTracking().Where(i => i.EventId == eventId).Select(i => i.SeekerId).Distinct().ToListAsync()).Order().ToList();
        var invitations = await db.Notifications.AsNoTracking().Where(n => n.EventId == eventId && n.Kind == NotificationKind.Invitation).ToListAsync();
        Assert.True(placed.Count > 100, $"only {placed.Count} seekers placed");
        Assert.Equal(placed, invitations.Select(n => n.SeekerId).Order());
        Assert.All(invitations, n => Assert.NotNull(n.SentAt));
        // What the sender was handed, across both processes: each placed seeker once.
        var sent = hosts.SelectMany(h => SentLine().Matches(h.Output)).Where(m => m.Groups["event"].Value == eventId.ToString())
            .Select(m => Guid.Parse(m.Groups["seeker"].Value)).ToList();
        Assert.Equal(placed, sent.Order());
        foreach (var line in hosts.SelectMany(h => h.Output.Split('\n')).Where(l => l.Contains("Pre-matched event", StringComparison.Ordinal)))
        {
            output.WriteLine(line.Trim());
        }
    }

    private static MatchingDbContext Postgres(string connectionString) =>
        new(new DbContextOptionsBuilder<MatchingDbContext>().UseNpgsql(connectionString).Options);

    private static MatchingDbContext Sqlite(string connectionString) =>
        new(new DbContextOptionsBuilder<MatchingDbContext>().UseSqlite(connectionString).Options);

    [GeneratedRegex(@"Notification Invitation for seeker (?<seeker>[0-9a-f-]{36}) \(event (?<event>[0-9a-f-]{36})\)")]
    private static partial Regex SentLine();
}
