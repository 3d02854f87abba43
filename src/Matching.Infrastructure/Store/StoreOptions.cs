namespace Matching.Infrastructure.Store;

public sealed class StoreOptions
{
    public const string SectionName = "Matching:Store";

    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>Relative SQLite paths resolve against the working directory.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/matching.db";
}

public enum StoreProvider
{
    Sqlite,
    PostgreSql,
}
