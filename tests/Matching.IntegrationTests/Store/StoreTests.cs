using System.Net;
using System.Net.Http.Json;
using Matching.IntegrationTests.Infrastructure;

namespace Matching.IntegrationTests.Store;

public sealed class StoreTests
{
    [Fact]
    public async Task Profiles_survive_a_restart_on_the_same_sqlite_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"matching-restart-{Guid.NewGuid():N}.db");
        try
        {
            await ProfilesSurviveRestartAsync("Sqlite", $"Data Source={path}");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(path + suffix);
            }
        }
    }

    [PostgresFact]
    public Task Migrations_apply_on_postgresql_and_profiles_survive_a_restart() =>
        ProfilesSurviveRestartAsync("PostgreSql", PostgresFactAttribute.NewDatabase());

    private static async Task ProfilesSurviveRestartAsync(string provider, string connectionString)
    {
        Guid seekerId, openingId, employerId;
        await using (var first = new MatchingApiFactory(provider, connectionString))
        {
            var client = await first.ClientForRoleAsync("Counsellor");
            employerId = await IdAsync(await client.PostAsJsonAsync("/api/employers", Bodies.Employer(Bodies.BusinessNumber(7))));
            openingId = await IdAsync(await client.PostAsJsonAsync("/api/openings", Bodies.Opening(employerId)));
            seekerId = await IdAsync(await client.PostAsJsonAsync("/api/seekers", Bodies.Seeker()));
            var changed = Bodies.Seeker();
            changed["name"] = "김영숙(수정)";
            Assert.Equal(HttpStatusCode.OK, (await client.PutWithVersionAsync($"/api/seekers/{seekerId}", changed, "\"1\"")).StatusCode);
        }

        await using var second = new MatchingApiFactory(provider, connectionString);
        var again = await second.LoginAsync();
        var seeker = await HttpAssert.JsonAsync(await again.GetAsync($"/api/seekers/{seekerId}"), HttpStatusCode.OK);
        Assert.Equal("김영숙(수정)", seeker.GetProperty("name").GetString());
        Assert.Equal(2, seeker.GetProperty("version").GetInt64());
        Assert.Equal(["요양보호사"], seeker.GetProperty("certificates").EnumerateArray().Select(c => c.GetString()));
        var opening = await HttpAssert.JsonAsync(await again.GetAsync($"/api/openings/{openingId}"), HttpStatusCode.OK);
        Assert.Equal(employerId, opening.GetProperty("employerId").GetGuid());
        Assert.Equal(11_000, opening.GetProperty("wage").GetProperty("min").GetInt64());

        // The candidate index is rebuilt from the store at start-up.
        var matches = await HttpAssert.JsonAsync(await again.GetAsync($"/api/openings/{openingId}/matches"), HttpStatusCode.OK);
        Assert.Contains(matches.GetProperty("matches").EnumerateArray(), m => m.GetProperty("seekerId").GetGuid() == seekerId);
    }

    private static async Task<Guid> IdAsync(HttpResponseMessage response) =>
        (await HttpAssert.JsonAsync(response, HttpStatusCode.Created)).GetProperty("id").GetGuid();
}
