using Matching.Infrastructure.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Matching.Application.Privacy;

/// <summary>
/// Moves the access records from the access record file (<see cref="AccessRecordFile"/>) into the store's
/// <c>AuditRecords</c>: at start (what a stopped or crashed process left), every second, and at shutdown. Each chunk is
/// inserted into the store unless its number is there already and committed, then deleted from the file by number, so a
/// crash between the two commits loses nothing and doubles nothing (readers show a record found in both once).
/// </summary>
public sealed class AccessRecordMove(AccessRecordFile file, IServiceScopeFactory scopes, ILogger<AccessRecordMove> logger) : BackgroundService
{
    // A second of match-http's load is ~20,000 records on ~6,000 seekers, so chunks fill. A chunk holds the store's write
    // lock while it is written, so registrations wait at most one; 40,000 every 2 s gave the same requests/s, with a worse p99.
    // Chunks of 2,500, each checkpointed after its commit (see Store), keep each checkpoint to a few MB: at 10,000 a
    // checkpoint wrote tens of MB of index leaves at once and held up the access record file's fsync on the same disk, and
    // answers waited up to 0.6-0.9 s (match-http, 4 runs each: max 122-704 ms against 105-160 ms, p99 89-112 against
    // 79-100 ms, for 871-1,003 against 731-892 req/s).
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private const int ChunkRows = 2_500;

    private readonly SemaphoreSlim one = new(1, 1);
    private Store? store;

    /// <summary>Moves every record the file holds; returns how many left it. One move at a time in a process.</summary>
    public async Task<int> MoveAsync(CancellationToken ct = default)
    {
        if (!file.InUse)
        {
            return 0;
        }

        await one.WaitAsync(ct);
        try
        {
            using var records = file.Open();
            var moved = 0;
            while (true)
            {
                var chunk = AccessRecordFile.Read(records, ChunkRows);
                if (chunk.Count == 0)
                {
                    return moved;
                }

                try
                {
                    store ??= await Store.OpenAsync(scopes);
                    await using var transaction = await store.Db.Database.BeginTransactionAsync(ct);
                    // In the subject index's order, so that each of its leaves is found once for all of a chunk's records under it.
                    AccessRecordFile.CopyToStore(store.Connection, (SqliteTransaction)transaction.GetDbTransaction(),
                        chunk.OrderBy(r => r.SubjectId, StringComparer.Ordinal).ThenBy(r => r.AtMs));
                    await transaction.CommitAsync(ct);
                }
                catch
                {
                    // The next move starts on a fresh connection, whatever state this one was left in.
                    await (store?.DisposeAsync() ?? ValueTask.CompletedTask);
                    store = null;
                    throw;
                }

                AccessRecordFile.Delete(records, chunk.Select(r => r.Id));
                moved += chunk.Count;
                if (chunk.Count < ChunkRows)
                {
                    return moved;
                }
            }
        }
        finally
        {
            one.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!file.InUse)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await MoveLoggedAsync(stoppingToken);
            try
            {
                await Task.Delay(Interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>What the last second wrote; anything written after (the last answers' records) moves at the next start.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (!file.InUse)
        {
            return;
        }

        await MoveLoggedAsync(cancellationToken);
        // Given back while the services it came from are still there; a move after this (a test's) opens another.
        await one.WaitAsync(cancellationToken);
        try
        {
            await (store?.DisposeAsync() ?? ValueTask.CompletedTask);
            store = null;
        }
        finally
        {
            one.Release();
        }
    }

    // A failed move leaves the records in the file, where readers see them, for the next one.
    private async Task MoveLoggedAsync(CancellationToken ct)
    {
        try
        {
            await MoveAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Moving access records into the store failed; they stay in the access record file for the next move");
        }
    }

    /// <summary>
    /// The mover's own connection to the store, held from one move to the next with room for the subject index's leaves
    /// that the last moves touched: it makes every commit itself, so its cache stays valid, where a pooled connection
    /// would read each leaf back from the file for every chunk.
    /// </summary>
    private sealed class Store(AsyncServiceScope scope, MatchingDbContext db, SqliteSetting cache) : IAsyncDisposable
    {
        // 64 MB (SQLite's default is 2 MB): match-http's 100,000 seekers' subject index after a run is ~30 MB.
        private const string CacheSize = "-65536";

        // Below the store's 10,000 (SqliteConnectionSettings, set again on every open by EF): the log is checkpointed after
        // each chunk's commit, a chunk's leaves at a time, rather than after every few chunks, all of theirs at once.
        private const int CheckpointPages = 1_000;

        public MatchingDbContext Db => db;

        public SqliteConnection Connection => (SqliteConnection)db.Database.GetDbConnection();

        public static async Task<Store> OpenAsync(IServiceScopeFactory scopes)
        {
            var scope = scopes.CreateAsyncScope();
            try
            {
                var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
                var store = new Store(scope, db, await SqliteSetting.ChangeAsync(db, "cache_size", CacheSize, CancellationToken.None));
                SQLitePCL.raw.sqlite3_wal_autocheckpoint(store.Connection.Handle, CheckpointPages);
                return store;
            }
            catch
            {
                await scope.DisposeAsync();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await cache.DisposeAsync();
            }
            finally
            {
                await scope.DisposeAsync();
            }
        }
    }
}
