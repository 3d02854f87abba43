using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Matching.IntegrationTests.Infrastructure;

namespace Matching.IntegrationTests.Import;

/// <summary>Imports feed the change feed: another node (each with its embedded index) matches an imported profile without a restart.</summary>
public sealed class ImportAcrossNodesTests
{
    [Fact]
    public async Task A_seeker_imported_on_one_node_is_matched_on_the_other()
    {
        var database = Path.Combine(Path.GetTempPath(), $"matching-two-nodes-{Guid.NewGuid():N}.db");
        try
        {
            await using var nodeA = new MatchingApiFactory("Sqlite", $"Data Source={database}");
            await using var nodeB = new MatchingApiFactory("Sqlite", $"Data Source={database}");
            var a = await nodeA.LoginAsync();
            var b = await nodeB.LoginAsync();
            var employer = await HttpAssert.JsonAsync(await b.PostAsJsonAsync("/api/employers", Bodies.Employer()), HttpStatusCode.Created);
            var opening = await HttpAssert.JsonAsync(await b.PostAsJsonAsync("/api/openings", Bodies.Opening(employer.GetProperty("id").GetGuid())), HttpStatusCode.Created);
            var openingId = opening.GetProperty("id").GetGuid();

            var line = Bodies.Seeker();
            line["name"] = "가져온구직자";
            line["registeredOn"] = Bodies.Today.AddDays(-30);
            var job = await Imports.RunAsync(a, "seekers", Imports.Ndjson([line]));
            Assert.Equal(1, job.GetProperty("accepted").GetInt32());

            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (true)
            {
                var matches = await HttpAssert.JsonAsync(await b.GetAsync($"/api/openings/{openingId}/matches"), HttpStatusCode.OK);
                if (matches.GetProperty("matches").EnumerateArray().Any(m => m.GetProperty("displayName").GetString() == "가져온구직자"))
                {
                    break;
                }

                Assert.True(DateTime.UtcNow < deadline, $"node B never matched the seeker imported on node A: {matches}");
                await Task.Delay(100);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(database + suffix);
            }
        }
    }
}
