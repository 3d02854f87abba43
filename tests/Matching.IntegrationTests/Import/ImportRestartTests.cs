using System.Net;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Matching.IntegrationTests.Import;

/// <summary>A host stopped mid-import, or one that dies holding the job: the next host finishes with no line lost or doubled.</summary>
public sealed class ImportRestartTests
{
    private const int Lines = 3_000;

    private static readonly Dictionary<string, string> Slow = new()
    {
        ["Matching:Import:ChunkLines"] = "100",
        ["Matching:Import:PauseBetweenChunks"] = "00:00:00.100",
    };

    private static readonly Dictionary<string, string> Fast = new()
    {
        ["Matching:Import:ChunkLines"] = "100",
        ["Matching:Import:PollInterval"] = "00:00:00.200",
        ["Matching:Import:Lease"] = "00:00:02",
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_restarted_host_resumes_the_import_with_no_duplicate_and_no_loss(bool previousHostCrashed)
    {
        var path = Path.Combine(Path.GetTempPath(), $"matching-import-restart-{Guid.NewGuid():N}.db");
        var connectionString = $"Data Source={path}";
        try
        {
            Guid jobId;
            int processedBeforeStop;
            await using (var first = new MatchingApiFactory("Sqlite", connectionString, Slow))
            {
                var client = await first.LoginAsync();
                jobId = await Imports.StartAsync(client, "seekers", File());
                do
                {
                    await Task.Delay(50);
                    var job = await HttpAssert.JsonAsync(await client.GetAsync($"/api/import/{jobId}"), HttpStatusCode.OK);
                    processedBeforeStop = job.GetProperty("processed").GetInt32();
                }
                while (processedBeforeStop < 500);
            }

            Assert.True(processedBeforeStop < Lines, "the first host finished before it was stopped");
            if (previousHostCrashed)
            {
                // What a node that died mid-chunk leaves behind: the job still leased to it for a while.
                await using var db = new MatchingDbContext(new DbContextOptionsBuilder<MatchingDbContext>().UseSqlite(connectionString).Options);
                var job = await db.ImportJobs.SingleAsync(j => j.Id == jobId);
                Assert.True(job.State == ImportState.Running && job.Checkpoint < Lines, $"state {job.State}, checkpoint {job.Checkpoint}");
                job.LeaseOwner = "crashed-node";
                job.LeaseUntil = DateTimeOffset.UtcNow.AddSeconds(2);
                await db.SaveChangesAsync();
            }

            await using var second = new MatchingApiFactory("Sqlite", connectionString, Fast);
            var again = await second.LoginAsync();
            var done = await Imports.WaitAsync(again, jobId, TimeSpan.FromMinutes(2));

            var bad = Enumerable.Range(1, Lines).Where(IsBad).ToList();
            Assert.Equal("Completed", done.GetProperty("state").GetString());
            Assert.Equal(Lines, done.GetProperty("processed").GetInt32());
            Assert.Equal(Lines - bad.Count, done.GetProperty("accepted").GetInt32());
            Assert.Equal(bad.Count, done.GetProperty("rejected").GetInt32());
            Assert.Equal(bad, done.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("line").GetInt32()));

            // Every accepted line is in the store exactly once: the statistics count them.
            var stats = await HttpAssert.JsonAsync(await again.GetAsync("/api/stats/labour-market?from=2023-01-01&to=2023-12-31"), HttpStatusCode.OK);
            Assert.Equal(Lines - bad.Count, stats.GetProperty("total").GetProperty("newSeekers").GetInt32());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                System.IO.File.Delete(path + suffix);
            }
        }
    }

    private static bool IsBad(int line) => line % 97 == 0;

    private static string File() => Imports.Ndjson(Enumerable.Range(1, Lines).Select(line =>
    {
        var body = Bodies.Seeker();
        body["name"] = $"재시작{line}";
        body["registeredOn"] = "2023-06-01";
        if (IsBad(line))
        {
            body["birthYear"] = 2020;
        }

        return (object)body;
    }));
}
