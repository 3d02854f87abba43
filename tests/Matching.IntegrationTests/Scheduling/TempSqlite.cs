using Matching.Infrastructure.Store;

namespace Matching.IntegrationTests.Scheduling;

/// <summary>A SQLite file of the test's own, deleted with its WAL files afterwards.</summary>
public sealed class TempSqlite : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"matching-sched-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={Path}";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Delete(Path);
    }

    /// <summary>Deletes a SQLite store's files: its own, its log's, and its access record file's.</summary>
    public static void Delete(string store)
    {
        foreach (var file in new[] { store, AccessRecordFile.Beside(store) })
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(file + suffix);
            }
        }
    }
}
