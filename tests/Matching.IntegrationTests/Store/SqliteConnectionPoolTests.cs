using Matching.IntegrationTests.Scheduling;
using Microsoft.Data.Sqlite;

namespace Matching.IntegrationTests.Store;

/// <summary>
/// Microsoft.Data.Sqlite's pool, as the store uses it (a file, pooled). Up to 10.0.12 a connection being opened could be
/// taken for a leaked one by another open growing the pool and lent to both (dotnet/efcore#39008): under the match
/// bench's load two requests then ran on one SQLite connection, and answers failed with "unable to delete/modify
/// collation sequence due to active statements". With 10.0.11 it found a shared connection within 8–327 rounds here.
/// </summary>
public sealed class SqliteConnectionPoolTests
{
    private const int Rounds = 1_000;
    private const int OpenTogether = 16;

    [Fact]
    public void Connections_opened_at_the_same_moment_never_share_one_SQLite_connection()
    {
        using var file = new TempSqlite();
        for (var round = 0; round < Rounds; round++)
        {
            // An empty pool each round: the race is in the opens that grow it.
            using (var any = new SqliteConnection(file.ConnectionString))
            {
                SqliteConnection.ClearPool(any);
            }

            var opened = new SqliteConnection[OpenTogether];
            using var start = new Barrier(OpenTogether);
            var threads = Enumerable.Range(0, OpenTogether).Select(i => new Thread(() =>
            {
                var connection = new SqliteConnection(file.ConnectionString);
                start.SignalAndWait();
                connection.Open();
                opened[i] = connection;
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            try
            {
                // All still open and held: each must have a SQLite connection of its own.
                var handles = opened.Select(c => c.Handle!.DangerousGetHandle()).Distinct().Count();
                Assert.True(handles == OpenTogether, $"Round {round + 1}: {OpenTogether} open connections shared {handles} SQLite connections.");
            }
            finally
            {
                foreach (var connection in opened)
                {
                    connection.Dispose();
                }
            }
        }
    }
}
