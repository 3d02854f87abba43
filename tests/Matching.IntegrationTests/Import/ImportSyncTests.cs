using Matching.Infrastructure.Store;
using Matching.IntegrationTests.Infrastructure;
using Matching.IntegrationTests.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Import;

/// <summary>
/// An import commits its chunks with SQLite's NORMAL sync (a power cut may take its last chunks, and the job resumes
/// from its checkpoint). That setting belongs to the connection, and the pool lends the connection on: a registration
/// committed on it afterwards would be acknowledged without being synced to disk.
/// </summary>
public sealed class ImportSyncTests : IClassFixture<MatchingApiFactory>
{
    private const long FullSync = 2;

    private readonly MatchingApiFactory factory;

    public ImportSyncTests(MatchingApiFactory factory) => this.factory = factory;

    [Fact]
    public async Task After_an_import_every_connection_of_the_store_syncs_each_commit_in_full()
    {
        var client = await factory.LoginAsync();
        var seekers = Enumerable.Range(1, 3).Select(i =>
        {
            var body = Bodies.Seeker();
            body["name"] = $"동기화{i}";
            body["registeredOn"] = "2024-05-02";
            return (object)body;
        });

        var job = await Imports.RunAsync(client, "seekers", Imports.Ndjson(seekers) + "\n");

        Assert.Equal((3, 3), (job.GetProperty("processed").GetInt32(), job.GetProperty("accepted").GetInt32()));
        using var scope = factory.Services.CreateScope();
        var connectionString = scope.ServiceProvider.GetRequiredService<MatchingDbContext>().Database.GetConnectionString()!;
        Assert.All(await PooledConnections.SettingAsync(connectionString, "synchronous"), sync => Assert.Equal(FullSync, sync));
    }
}
