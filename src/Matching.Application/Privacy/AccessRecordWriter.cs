using System.Threading.Channels;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.Application.Privacy;

/// <summary>
/// Commits the access records of reads in groups (group commit): whatever requests queued while the last group was
/// being written goes into the next transaction, and each caller's task completes only once its own records are
/// committed, so an answer still leaves only after its reads are recorded, and a failed write fails the answer.
/// One transaction per answer put every read behind the store's write lock: with 32 connections asking for an opening's
/// matches, most request threads sat blocked in SQLite's BEGIN (match-http: 182 requests/s, 6.9 ms server CPU each).
/// On a SQLite store the groups are committed to the access record file (<see cref="AccessRecordFile"/>), from where
/// <see cref="AccessRecordMove"/> moves them into the store; on PostgreSQL into the store itself.
/// </summary>
public sealed class AccessRecordWriter : IAsyncDisposable
{
    // 14 records of 7 columns a statement. At BulkInsert's 600 (85 records), binding the parameters by name took 9 % of
    // the API's CPU under match-http (strncmp in sqlite3VListNameToNum), more than the rest of the writer.
    private const int ParametersPerStatement = 100;

    // Under concurrent reads the writer first waits this long for more requests to join the group: every commit syncs the
    // log and makes each other connection drop its page cache, and a longer group writes each index page once for more
    // rows. match-http: 3.5 times fewer commits; a lone read (the previous group held one request) does not wait.
    private static readonly TimeSpan GroupWindow = TimeSpan.FromMilliseconds(5);

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IServiceScopeFactory _scopes;
    private readonly AccessRecordFile _file;
    private readonly Task _writing;

    public AccessRecordWriter(IServiceScopeFactory scopes, AccessRecordFile file)
    {
        _scopes = scopes;
        _file = file;
        _writing = Task.Run(WriteAsync);
    }

    /// <summary>Completes when <paramref name="records"/> are committed; faults when their transaction failed.</summary>
    public Task AppendAsync(IReadOnlyList<AuditRecord> records)
    {
        var pending = new Pending(records);
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(AccessRecordWriter));
        }

        return pending.Committed.Task;
    }

    private async Task WriteAsync()
    {
        var group = new List<Pending>();
        var concurrent = false;
        IConnection? connection = null;
        while (await _queue.Reader.WaitToReadAsync())
        {
            if (concurrent)
            {
                await Task.Delay(GroupWindow);
            }

            while (_queue.Reader.TryRead(out var pending))
            {
                group.Add(pending);
            }

            try
            {
                connection ??= await OpenAsync(_scopes, _file);
                await connection.WriteAsync(group.SelectMany(p => p.Records).ToList());
                group.ForEach(p => p.Committed.TrySetResult());
            }
            catch (Exception e)
            {
                group.ForEach(p => p.Committed.TrySetException(e));
                // The next group starts on a fresh connection, whatever state this one was left in.
                connection = await ReleaseAsync(connection);
            }

            concurrent = group.Count > 1;
            group.Clear();
        }

        await ReleaseAsync(connection);
    }

    /// <summary>
    /// Closes the writer's connection. A connection that just failed may fail again on closing; its group already
    /// carries the error that counts, and the loop must live on to write the next group.
    /// </summary>
    private static async Task<IConnection?> ReleaseAsync(IConnection? connection)
    {
        try
        {
            await (connection?.DisposeAsync() ?? ValueTask.CompletedTask);
        }
        catch (Exception)
        {
            // Nothing to recover: the next group opens another connection.
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writing;
    }

    /// <summary>
    /// Opens the writer's own connection, held open from one group to the next: to the access record file, or to the store.
    /// On SQLite every commit makes each other connection drop its page cache, so a pooled connection started each group
    /// cold and read the pages it writes back from the file; this one makes every commit itself, so its cache stays valid.
    /// </summary>
    private static async Task<IConnection> OpenAsync(IServiceScopeFactory scopes, AccessRecordFile file) =>
        file.InUse ? new FileConnection(file.Open()) : await StoreConnection.OpenAsync(scopes);

    private interface IConnection : IAsyncDisposable
    {
        /// <summary>Commits <paramref name="records"/> in one transaction.</summary>
        Task WriteAsync(List<AuditRecord> records);
    }

    private sealed class FileConnection(SqliteConnection file) : IConnection
    {
        public Task WriteAsync(List<AuditRecord> records)
        {
            AccessRecordFile.Append(file, records);
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            file.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    private sealed class StoreConnection(AsyncServiceScope scope, MatchingDbContext db) : IConnection
    {
        public static async Task<StoreConnection> OpenAsync(IServiceScopeFactory scopes)
        {
            var scope = scopes.CreateAsyncScope();
            try
            {
                var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
                await db.Database.OpenConnectionAsync();
                return new StoreConnection(scope, db);
            }
            catch
            {
                await scope.DisposeAsync();
                throw;
            }
        }

        public async Task WriteAsync(List<AuditRecord> records)
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.InsertAsync(records, maxParameters: ParametersPerStatement);
            await transaction.CommitAsync();
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await db.Database.CloseConnectionAsync();
            }
            finally
            {
                await scope.DisposeAsync();
            }
        }
    }

    private sealed record Pending(IReadOnlyList<AuditRecord> Records)
    {
        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
