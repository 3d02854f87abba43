using System.Net.Http.Json;
using Matching.Infrastructure.Store;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Matching.IntegrationTests.Live;

[Collection(RabbitMqCollection.Name)]
public sealed class WorkerCrashTests
{
    private const int Changes = 1_000;

    [LiveFact(rabbitMq: true, postgres: true)]
    public async Task A_worker_killed_with_changes_queued_converges_to_a_full_recomputation_after_restart()
    {
        var connectionString = PostgresFactAttribute.NewDatabase();
        var settings = LiveClient.Settings("PostgreSql", connectionString);
        LiveClient.OverRabbitMq(settings);
        settings["Matching:Worker:InProcess"] = "false";

        await using var api = await HostProcess.StartApiAsync(settings);
        var client = await LiveClient.SignInAsync(api.BaseUrl!);
        var openings = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            openings.Add(await client.OpeningAsync(20_000 + i));
        }

        var worker = await HostProcess.StartWorkerAsync(settings);
        var http = new HttpClient { BaseAddress = new Uri(api.BaseUrl!) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", client.Token);
        var seekers = new List<Guid>();
        for (var i = 0; i < Changes; i++)
        {
            if (i == Changes / 4)
            {
                worker.Kill(); // mid-stream, with the rest of the changes still to come
            }

            var body = Bodies.Seeker();
            body["name"] = $"구직자{i}";
            body["desiredOccupations"] = new[] { i % 3 == 0 ? "3075" : "5501" };
            body["address"] = new { sido = "인천광역시", sigungu = new[] { "서구", "계양구", "부평구", "검단구" }[i % 4] };
            body["certificates"] = i % 5 == 0 ? Array.Empty<string>() : new[] { "요양보호사" };
            var response = await http.PostAsJsonAsync("/api/seekers", body);
            response.EnsureSuccessStatusCode();
            seekers.Add((await response.Content.ReadFromJsonAsync<IdOnly>())!.Id);
        }

        await worker.DisposeAsync();
        await using var restarted = await HostProcess.StartWorkerAsync(settings);

        var deadline = DateTime.UtcNow.AddMinutes(3);
        var mismatches = new List<string>();
        do
        {
            mismatches = await MismatchesAsync(client, connectionString, openings, seekers);
            if (mismatches.Count == 0)
            {
                return;
            }

            await Task.Delay(2_000);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Fail($"{mismatches.Count} lists never converged, e.g. {string.Join("; ", mismatches.Take(3))}\n{restarted.Output[^Math.Min(3000, restarted.Output.Length)..]}");
    }

    /// <summary>Stored lists against the live full computation the API serves for the same subject.</summary>
    private static async Task<List<string>> MismatchesAsync(LiveClient client, string connectionString, List<Guid> openings, List<Guid> seekers)
    {
        var options = new DbContextOptionsBuilder<MatchingDbContext>().UseNpgsql(connectionString).Options;
        await using var db = new MatchingDbContext(options);
        var stored = await db.SuggestionLists.AsNoTracking().ToListAsync();
        var lists = stored.ToDictionary(l => (l.Subject, l.SubjectId), l => string.Join(",", l.Items.Select(i => $"{(l.Subject == "opening" ? i.SeekerId : i.OpeningId)}:{i.Score}")));
        var mismatches = new List<string>();
        foreach (var (subject, ids, idProperty, url) in new[]
                 {
                     ("opening", openings, "seekerId", "/api/openings/{0}/matches"),
                     ("seeker", seekers, "openingId", "/api/seekers/{0}/matches"),
                 })
        {
            foreach (var id in ids)
            {
                var live = await client.GetAsync(string.Format(url, id));
                var expected = string.Join(",", live.GetProperty("matches").EnumerateArray()
                    .Select(m => $"{m.GetProperty(idProperty).GetGuid()}:{m.GetProperty("score").GetDouble()}"));
                var actual = lists.GetValueOrDefault((subject, id), "");
                if (expected != actual)
                {
                    mismatches.Add($"{subject} {id}: stored [{actual}] live [{expected}]");
                }
            }
        }

        return mismatches;
    }

    private sealed record IdOnly(Guid Id);
}
