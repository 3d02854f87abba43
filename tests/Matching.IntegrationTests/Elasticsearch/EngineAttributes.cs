using System.Reflection;
using Xunit.Sdk;

namespace Matching.IntegrationTests.Elasticsearch;

/// <summary>Runs a contract theory on the embedded engine, always.</summary>
public sealed class EmbeddedEngineAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[EngineContract.Embedded]];
}

/// <summary>
/// Runs a contract theory on Elasticsearch when <c>MATCHING_TEST_ELASTICSEARCH_URL</c> names a 9.x server
/// (with <c>MATCHING_TEST_ELASTICSEARCH_USERNAME</c>/<c>_PASSWORD</c> or <c>_APIKEY</c>, and <c>_FINGERPRINT</c> for a
/// self-signed certificate); reported skipped, with the reason, otherwise.
/// </summary>
public sealed class ElasticsearchEngineAttribute : DataAttribute
{
    public const string Variable = "MATCHING_TEST_ELASTICSEARCH_URL";

    public ElasticsearchEngineAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"No Elasticsearch server: set {Variable} (e.g. 'https://localhost:9200', with _USERNAME/_PASSWORD) to run the contract on Elasticsearch 9.";
        }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[EngineContract.Elasticsearch]];
}
