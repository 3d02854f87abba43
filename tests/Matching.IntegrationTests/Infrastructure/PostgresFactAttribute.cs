namespace Matching.IntegrationTests.Infrastructure;

/// <summary>
/// Runs against the PostgreSQL server named by MATCHING_TEST_POSTGRES (a connection string without a
/// database; .ci/run starts one and sets it). Without it the test is reported as skipped, with the reason.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "MATCHING_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"No PostgreSQL server: set {Variable} (e.g. 'Host=localhost;Username=postgres;Password=postgres'); .ci/run does.";
        }
    }

    /// <summary>A fresh database on that server, dropped when the run ends; EF's Migrate creates it.</summary>
    public static string NewDatabase() => TestDatabases.New(Environment.GetEnvironmentVariable(Variable)!, "matching_test");
}
