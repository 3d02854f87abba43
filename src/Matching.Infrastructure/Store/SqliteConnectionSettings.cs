using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Matching.Infrastructure.Store;

/// <summary>
/// Settings of each SQLite connection, set through the C API rather than PRAGMA statements: EF opens the connection
/// for every query, and a statement to prepare and run on each open cost a match answer (three queries) 14–19 % of its
/// server CPU.
/// </summary>
/// <param name="busyTimeout">
/// Lets SQLite itself wait for the write lock, retrying within a millisecond or two. Left to Microsoft.Data.Sqlite, a
/// writer that finds the lock taken sleeps 150 ms before each retry, and with the API, the outbox dispatcher and the
/// matching worker all writing, those sleeps add up to seconds.
/// </param>
/// <param name="checkpointPages">
/// How far the write-ahead log grows before a commit copies it back into the database (SQLite's default is 1,000
/// pages). A checkpoint writes every page the log holds, and the access records touch pages all over their subject
/// index, so at the default most of their pages were written twice; a page that many commits change between two
/// checkpoints is copied once. Durability is unchanged: each commit is synced to the log either way.
/// </param>
internal sealed class SqliteConnectionSettings(TimeSpan busyTimeout, int checkpointPages) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        var handle = ((SqliteConnection)connection).Handle;
        SQLitePCL.raw.sqlite3_busy_timeout(handle, (int)busyTimeout.TotalMilliseconds);
        SQLitePCL.raw.sqlite3_wal_autocheckpoint(handle, checkpointPages);
    }
}
