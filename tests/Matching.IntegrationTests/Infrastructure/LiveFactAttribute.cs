namespace Matching.IntegrationTests.Infrastructure;

/// <summary>
/// Needs Node and the npm packages of tests/live (<c>npm ci</c> there; .ci/run does it), plus the
/// servers named: RabbitMQ (MATCHING_TEST_RABBITMQ, a host name) and PostgreSQL (MATCHING_TEST_POSTGRES).
/// Missing any of them, the test is reported as skipped with the reason.
/// </summary>
public sealed class LiveFactAttribute : FactAttribute
{
    public const string RabbitVariable = "MATCHING_TEST_RABBITMQ";

    public LiveFactAttribute(bool rabbitMq = false, bool postgres = false)
    {
        var reasons = new List<string>();
        if (!Directory.Exists(Path.Combine(RepositoryPaths.LiveClients, "node_modules", "@microsoft", "signalr")))
        {
            reasons.Add("the SignalR JS client is not installed (run 'npm ci' in tests/live)");
        }

        if (rabbitMq && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(RabbitVariable)))
        {
            reasons.Add($"no RabbitMQ server ({RabbitVariable} unset)");
        }

        if (postgres && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)))
        {
            reasons.Add($"no PostgreSQL server ({PostgresFactAttribute.Variable} unset)");
        }

        if (reasons.Count > 0)
        {
            Skip = string.Join("; ", reasons) + ". .ci/run provides all of them.";
        }
    }
}
