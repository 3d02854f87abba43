using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Matching.Infrastructure.Store;

/// <summary>
/// Lets SQLite itself wait for the write lock, retrying within a millisecond or two. Left to
/// Microsoft.Data.Sqlite, a writer that finds the lock taken sleeps 150 ms before each retry, and with
/// the API, the outbox dispatcher and the matching worker all writing, those sleeps add up to seconds.
/// Set through the C API rather than a PRAGMA statement: EF opens the connection for every query, and a
/// statement to prepare and run on each open cost a match answer (three queries) 14–19 % of its server CPU.
/// </summary>
internal sealed class SqliteBusyTimeout(TimeSpan timeout) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection) =>
        SQLitePCL.raw.sqlite3_busy_timeout(((SqliteConnection)connection).Handle, (int)timeout.TotalMilliseconds);
}
