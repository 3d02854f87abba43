using Matching.Application.Privacy;
using Matching.Domain.Privacy;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Matching.IntegrationTests.Infrastructure;
using Matching.IntegrationTests.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Matching.IntegrationTests.Privacy;

/// <summary>The writer keeps one connection from group to group; a group the store refuses must not cost the groups after it.</summary>
public sealed class AccessRecordWriterTests
{
    [Fact]
    public Task A_group_the_store_refuses_fails_its_readers_and_the_groups_after_it_are_committed() =>
        GroupsAfterARefusedOneAreCommittedAsync(StoreProvider.Sqlite);

    [PostgresFact]
    public Task A_group_postgresql_refuses_fails_its_readers_and_the_groups_after_it_are_committed() =>
        GroupsAfterARefusedOneAreCommittedAsync(StoreProvider.PostgreSql);

    private static async Task GroupsAfterARefusedOneAreCommittedAsync(StoreProvider provider)
    {
        await using var host = await StoreHost.StartAsync(provider);
        var subjects = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToList();

        var scopes = host.Services.GetRequiredService<IServiceScopeFactory>();
        var file = new AccessRecordFile(host.Services.GetRequiredService<IOptions<StoreOptions>>());
        await using (var writer = new AccessRecordWriter(scopes, file))
        {
            await writer.AppendAsync([Read(subjects[0])]);
            // ActorRole is NOT NULL in the store: the INSERT fails inside the writer's transaction, and the whole group with it.
            var refused = Read(subjects[2]);
            refused.ActorRole = null!;
            await Assert.ThrowsAnyAsync<Exception>(() => writer.AppendAsync([Read(subjects[1]), refused]));
            await writer.AppendAsync([.. subjects.Select(Read)]);
        }

        // On SQLite the groups went to the access record file; what it holds is what the store is given.
        var move = new AccessRecordMove(file, scopes, NullLogger<AccessRecordMove>.Instance);
        await move.MoveAsync();
        await move.StopAsync(CancellationToken.None);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        var stored = await db.AuditRecords.Where(r => r.SubjectId != null && subjects.Contains(r.SubjectId.Value))
            .GroupBy(r => r.SubjectId!.Value).Select(g => new { Subject = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Subject, g => g.Count);
        Assert.Equal(2, stored[subjects[0]]);
        Assert.Equal(1, stored[subjects[1]]);
        Assert.Equal(1, stored[subjects[2]]);
    }

    private static long number = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() << 21;

    // Numbered as AccessRecordIds numbers them on SQLite; PostgreSQL's store takes the numbers it is given.
    private static AuditRecord Read(Guid subject) => new()
    {
        Id = Interlocked.Increment(ref number),
        At = DateTimeOffset.UtcNow, ActorId = Guid.NewGuid(), ActorRole = "Counsellor", Action = AuditAction.Read, SubjectId = subject,
        Where = "GET /api/openings/{id:guid}/matches",
    };
}
