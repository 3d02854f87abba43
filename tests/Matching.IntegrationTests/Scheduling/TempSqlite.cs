namespace Matching.IntegrationTests.Scheduling;

/// <summary>A SQLite file of the test's own, deleted with its WAL files afterwards.</summary>
public sealed class TempSqlite : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"matching-sched-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={Path}";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        // With the reads' access record file beside it (AccessRecordFile).
        foreach (var file in new[] { Path, System.IO.Path.ChangeExtension(Path, ".access.db") })
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(file + suffix);
            }
        }
    }
}
