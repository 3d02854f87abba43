using System.Net;
using System.Net.Http.Json;
using Matching.Infrastructure.Store;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Store;

/// <summary>
/// A batch may look up more ids than a statement may carry variables (SQLite 32,766, PostgreSQL 65,535):
/// the suggestion worker's lists within reach of 200 changed profiles ran past SQLite's, failed every retry
/// and were never stored. The store sends an id list as one parameter, whatever its length.
/// </summary>
public sealed class IdListTests
{
    [Fact]
    public Task An_id_list_longer_than_sqlite_allows_variables_is_read_in_one_statement() => ReadsAsync(new MatchingApiFactory());

    [PostgresFact]
    public Task An_id_list_longer_than_postgresql_allows_parameters_is_read_in_one_statement() =>
        ReadsAsync(new MatchingApiFactory("PostgreSql", PostgresFactAttribute.NewDatabase()));

    private static async Task ReadsAsync(MatchingApiFactory factory)
    {
        await using var _ = factory;
        var client = await factory.ClientForRoleAsync("Counsellor");
        var created = await HttpAssert.JsonAsync(await client.PostAsJsonAsync("/api/seekers", Bodies.Seeker()), HttpStatusCode.Created);
        var seekerId = created.GetProperty("id").GetGuid();
        var ids = Enumerable.Range(0, 70_000).Select(_ => Guid.NewGuid()).Append(seekerId).ToList();

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        var found = await db.Seekers.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => s.Id).ToListAsync();

        Assert.Equal([seekerId], found);
    }
}
