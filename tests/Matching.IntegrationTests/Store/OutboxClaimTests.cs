using System.Collections.Concurrent;
using Matching.Infrastructure.Outbox;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Matching.IntegrationTests.Infrastructure;
using Matching.IntegrationTests.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Store;

/// <summary>The dispatcher's one-statement claim takes exactly the free rows, oldest first, and never a row twice.</summary>
public sealed class OutboxClaimTests
{
    private const long Now = 1_000_000;

    [Fact]
    public Task A_claim_leases_the_oldest_free_rows_and_only_them_on_sqlite() => ClaimsFreeRowsAsync(null);

    [PostgresFact]
    public Task A_claim_leases_the_oldest_free_rows_and_only_them_on_postgresql() => ClaimsFreeRowsAsync(PostgresFactAttribute.NewDatabase());

    [PostgresFact]
    public async Task Dispatchers_claiming_at_once_on_postgresql_take_every_row_exactly_once()
    {
        await using var store = await WorkerStore.StartAsync(followInBackground: false, postgres: PostgresFactAttribute.NewDatabase());
        var ids = await AddAsync(store, Enumerable.Repeat<long?>(null, 600).ToArray());
        var claims = new ConcurrentBag<long>();

        // Four dispatchers, each claiming small batches in a loop until nothing is left to claim.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                await using var scope = store.Scope();
                var claimed = await scope.ServiceProvider.GetRequiredService<MatchingDbContext>().ClaimAsync(Now, Now + 30_000, 7, default);
                if (claimed.Count == 0 && await FreeAsync(store) == 0)
                {
                    return;
                }

                claimed.ForEach(m => claims.Add(m.Id));
            }
        })));

        Assert.Equal(ids.Order(), claims.Order());
    }

    [PostgresFact]
    public async Task A_claim_on_postgresql_passes_over_rows_another_node_is_leasing_instead_of_waiting_or_taking_them()
    {
        await using var store = await WorkerStore.StartAsync(followInBackground: false, postgres: PostgresFactAttribute.NewDatabase());
        var ids = (await AddAsync(store, Enumerable.Repeat<long?>(null, 6).ToArray())).Order().ToArray();
        await using var first = store.Scope();
        var firstDb = first.ServiceProvider.GetRequiredService<MatchingDbContext>();
        await using var transaction = await firstDb.Database.BeginTransactionAsync();
        var firstClaim = await firstDb.ClaimAsync(Now, Now + 30_000, 3, default);

        await using (var second = store.Scope())
        {
            var secondClaim = await second.ServiceProvider.GetRequiredService<MatchingDbContext>().ClaimAsync(Now, Now + 30_000, 3, default);
            Assert.Equal(ids[..3], firstClaim.Select(m => m.Id));
            Assert.Equal(ids[3..], secondClaim.Select(m => m.Id));
        }

        await transaction.CommitAsync();
    }

    private static async Task ClaimsFreeRowsAsync(string? postgres)
    {
        await using var store = await WorkerStore.StartAsync(followInBackground: false, postgres: postgres);
        // Free, dispatched, leased by another node until later, free, a lease that ran out, free, free.
        var ids = await AddAsync(store, [null, -1, Now + 5, null, Now - 1, null, null]);
        var (free, dispatched, leased) = (new[] { ids[0], ids[3], ids[4], ids[5], ids[6] }.Order().ToArray(), ids[1], ids[2]);

        await using var scope = store.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        var claimed = await db.ClaimAsync(Now, Now + 30_000, 3, default);
        Assert.Equal(free[..3], claimed.Select(m => m.Id));
        Assert.All(claimed, m => Assert.Equal($"본문 {m.Id}", m.Body));
        Assert.All(claimed, m => Assert.Equal(Now + 30_000, m.LockedUntilMs));

        Assert.Equal(free[3..], (await db.ClaimAsync(Now, Now + 30_000, 3, default)).Select(m => m.Id));
        Assert.Empty(await db.ClaimAsync(Now, Now + 30_000, 3, default));

        var rows = await db.OutboxMessages.AsNoTracking().ToDictionaryAsync(m => m.Id);
        Assert.All(free, id => Assert.Equal(Now + 30_000, rows[id].LockedUntilMs));
        Assert.Equal(Now + 5, rows[leased].LockedUntilMs);
        Assert.Null(rows[dispatched].LockedUntilMs);
        // Once its lease runs out, a row nobody marked dispatched is claimed again.
        Assert.Equal(free.Append(leased).Order(), (await db.ClaimAsync(Now + 40_000, Now + 70_000, 10, default)).Select(m => m.Id));
    }

    /// <summary>One row per lease: null is free, -1 is dispatched, any other value is leased until then. Returns their ids.</summary>
    private static async Task<long[]> AddAsync(WorkerStore store, long?[] leases)
    {
        await using var scope = store.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        var rows = leases.Select(lease => new OutboxMessage
        {
            Type = ChangeEvents.SeekerChangedType, SubjectId = Guid.NewGuid(), CreatedAtMs = Now,
            LockedUntilMs = lease is -1 ? null : lease, DispatchedAtMs = lease is -1 ? Now - 10 : null,
        }).ToList();
        db.OutboxMessages.AddRange(rows);
        await db.SaveChangesAsync();
        foreach (var row in rows)
        {
            row.Body = $"본문 {row.Id}";
        }

        await db.SaveChangesAsync();
        return [.. rows.Select(r => r.Id)];
    }

    private static async Task<int> FreeAsync(WorkerStore store)
    {
        await using var scope = store.Scope();
        return await scope.ServiceProvider.GetRequiredService<MatchingDbContext>().OutboxMessages
            .CountAsync(m => m.DispatchedAtMs == null && (m.LockedUntilMs == null || m.LockedUntilMs < Now));
    }
}
