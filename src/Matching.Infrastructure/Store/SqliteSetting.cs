using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Matching.Infrastructure.Store;

/// <summary>
/// A SQLite setting (a PRAGMA) changed on one context's connection for as long as this lasts. The setting stays with
/// the connection, and the pool lends the connection on once the context closes it: an import's NORMAL sync would
/// otherwise go on to commits that were acknowledged, and a mover's large page cache to every query. Leaving sets the
/// connection's own value again, or, if that fails, clears the pool so that the connection is not lent on at all.
/// Holds the connection open meanwhile. Does nothing on PostgreSQL.
/// </summary>
public sealed class SqliteSetting : IAsyncDisposable
{
    private readonly DbContext? db;
    private readonly string name;
    private readonly string before;

    private SqliteSetting(DbContext? db, string name, string before) => (this.db, this.name, this.before) = (db, name, before);

    /// <param name="name">A PRAGMA's name, from code: it is written into the statement as it is.</param>
    public static async Task<SqliteSetting> ChangeAsync(DbContext db, string name, string value, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            return new SqliteSetting(null, name, "");
        }

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            var before = Convert.ToString(await ScalarAsync(connection, $"PRAGMA {name}", ct), CultureInfo.InvariantCulture)!;
            await ScalarAsync(connection, $"PRAGMA {name} = {value}", ct);
            return new SqliteSetting(db, name, before);
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (db is null)
        {
            return;
        }

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        try
        {
            // Not cancelled with the work: the value must go back whatever stopped it.
            await ScalarAsync(connection, $"PRAGMA {name} = {before}", CancellationToken.None);
        }
        catch (Exception)
        {
            // Whatever failed, the connection may still hold this setting.
            SqliteConnection.ClearPool(connection);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct);
    }
}
