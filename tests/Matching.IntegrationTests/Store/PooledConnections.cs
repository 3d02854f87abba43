using Microsoft.Data.Sqlite;

namespace Matching.IntegrationTests.Store;

/// <summary>What the connections of a SQLite store's pool hold, read from each while all are taken together.</summary>
public static class PooledConnections
{
    // More than the pool grows to in these tests: together they take every connection it has.
    private const int Together = 32;

    /// <summary>A setting (a PRAGMA's value) of every connection the pool lends for <paramref name="connectionString"/>.</summary>
    public static async Task<List<long>> SettingAsync(string connectionString, string pragma)
    {
        var held = new List<SqliteConnection>();
        try
        {
            var values = new List<long>();
            for (var i = 0; i < Together; i++)
            {
                var connection = new SqliteConnection(connectionString);
                held.Add(connection);
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = $"PRAGMA {pragma}";
                values.Add((long)(await command.ExecuteScalarAsync())!);
            }

            return values;
        }
        finally
        {
            foreach (var connection in held)
            {
                await connection.DisposeAsync();
            }
        }
    }
}
