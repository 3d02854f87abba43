using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Matching.Infrastructure.Store;

/// <summary>
/// Lets SQLite itself wait for the write lock, retrying within a millisecond or two. Left to
/// Microsoft.Data.Sqlite, a writer that finds the lock taken sleeps 150 ms before each retry, and with
/// the API, the outbox dispatcher and the matching worker all writing, those sleeps add up to seconds.
/// </summary>
internal sealed class SqliteBusyTimeout(TimeSpan timeout) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Pragma(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = Pragma(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand Pragma(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {(int)timeout.TotalMilliseconds};";
        return command;
    }
}
