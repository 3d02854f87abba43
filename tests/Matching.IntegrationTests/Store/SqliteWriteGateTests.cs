using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Store;

// The embedded store's writers queue for SQLite's write lock in this process: a turn ends however the write ends, and
// a write waits for the transaction before it instead of failing or overtaking it.
public sealed class SqliteWriteGateTests
{
    [Theory]
    [InlineData("SELECT 1", true)]
    [InlineData("  \n select \"s\".\"Id\" FROM \"Seekers\"", true)]
    [InlineData("-- tag\nSELECT 1", true)]
    [InlineData("PRAGMA journal_mode=WAL;", true)]
    [InlineData("INSERT INTO \"Seekers\" VALUES (1)", false)]
    [InlineData("UPDATE \"OutboxMessages\" SET x = 1", false)]
    [InlineData("DELETE FROM \"OutboxMessages\"", false)]
    [InlineData("WITH \"claim\" AS MATERIALIZED (SELECT 1) UPDATE \"OutboxMessages\" SET x = 1 RETURNING x", false)]
    [InlineData("-- tag\nDELETE FROM x", false)]
    public void Only_queries_and_pragmas_are_reads(string sql, bool read) => Assert.Equal(read, SqliteWriteGate.IsRead(sql));

    [Fact]
    public async Task A_write_waits_for_the_open_transaction_and_every_ending_gives_the_turn_back()
    {
        await using var host = await StoreHost.StartAsync();
        var gate = GateOf(host.Services);

        // Committed.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = Db(scope);
            await using var transaction = await db.Database.BeginTransactionAsync();
            Assert.False(gate.Free);
            await using var other = host.Services.CreateAsyncScope();
            var waiting = Db(other).OutboxMessages.Where(m => m.Id < 0).ExecuteDeleteAsync();
            db.Seekers.Add(NewSeeker("먼저"));
            await db.SaveChangesAsync();
            Assert.False(waiting.IsCompleted, "a write went ahead of an open transaction");
            await transaction.CommitAsync();
            await waiting;
        }

        Assert.True(gate.Free);

        // Disposed without commit or rollback: the connection's closing rolls it back.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = Db(scope);
            await using (await db.Database.BeginTransactionAsync())
            {
                db.Seekers.Add(NewSeeker("버림"));
                await db.SaveChangesAsync();
            }

            Assert.True(gate.Free);
            Assert.False(await db.Seekers.AnyAsync(s => s.Name == "버림"));
        }

        // Rolled back.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = Db(scope);
            await using var transaction = await db.Database.BeginTransactionAsync();
            await transaction.RollbackAsync();
            Assert.True(gate.Free);
        }

        // A statement outside a transaction that fails, one that succeeds, and one whose rows are read back.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = Db(scope);
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"NoSuchTable\" SET x = 1"));
            Assert.True(gate.Free);
            db.Seekers.Add(NewSeeker("혼자"));
            await db.SaveChangesAsync();
            Assert.True(gate.Free);
            var renamed = await db.Seekers.FromSqlRaw("UPDATE \"Seekers\" SET \"Name\" = '바꿈' WHERE \"Name\" = '혼자' RETURNING *").AsNoTracking().ToListAsync();
            Assert.Single(renamed);
            Assert.True(gate.Free);
        }

        Assert.Equal(["먼저", "바꿈"], await ReadNamesAsync(host.Services));
    }

    [Fact]
    public async Task Writers_queued_behind_a_transaction_all_complete_in_turn()
    {
        await using var host = await StoreHost.StartAsync();
        var gate = GateOf(host.Services);
        await using var first = host.Services.CreateAsyncScope();
        var db = Db(first);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var queued = Enumerable.Range(0, 20).Select(async i =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            var other = Db(scope);
            await using var own = await other.Database.BeginTransactionAsync();
            other.Seekers.Add(NewSeeker($"대기 {i:D2}"));
            await other.SaveChangesAsync();
            await own.CommitAsync();
        }).ToList();
        Assert.DoesNotContain(queued, t => t.IsCompleted);
        await transaction.CommitAsync();
        await Task.WhenAll(queued);

        Assert.True(gate.Free);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"대기 {i:D2}"), await ReadNamesAsync(host.Services));
    }

    private static MatchingDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<MatchingDbContext>();

    private static SqliteWriteGate GateOf(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<MatchingDbContext>().GetService<IDbContextOptions>();
        return options.FindExtension<CoreOptionsExtension>()!.Interceptors!.OfType<SqliteWriteGate>().Single();
    }

    private static async Task<List<string>> ReadNamesAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await Db(scope).Seekers.OrderBy(s => s.Name).Select(s => s.Name!).ToListAsync();
    }

    private static Seeker NewSeeker(string name) =>
        new() { Id = Guid.NewGuid(), Name = name, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
}
