using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Matching.Infrastructure.Store;

/// <summary>
/// Lets the write-ahead log grow to <c>pages</c> (SQLite's default is 1,000) before a commit copies it back into the
/// database. Each checkpoint writes every page the log holds, and the access records touch pages all over their
/// subject index, so at the default each record's pages were written twice over; a page changed by many commits
/// between two checkpoints is copied once. Durability is unchanged: a commit is synced to the log either way.
/// Set through the C API on each open, as <see cref="SqliteBusyTimeout"/> is, since a PRAGMA statement per open costs.
/// </summary>
internal sealed class SqliteWalCheckpoint(int pages) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection) => SQLitePCL.raw.sqlite3_wal_autocheckpoint(((SqliteConnection)connection).Handle, pages);
}
