using Matching.Domain.Matching;
using Matching.Infrastructure.Matching.Elasticsearch;
using Matching.UnitTests.Matching;

namespace Matching.IntegrationTests.Elasticsearch;

/// <summary>An engine under the contract, and its cleanup: each Elasticsearch run gets indices of its own, deleted after.</summary>
public sealed class EngineContract : IDisposable
{
    public const string Embedded = "Embedded", Elasticsearch = "Elasticsearch";

    private readonly ElasticsearchCandidateIndex? elasticsearch;

    public EngineContract(string engine, ScoringOptions? options = null)
    {
        if (engine == Embedded)
        {
            Index = MatchingFixtures.Index(options);
            return;
        }

        string? Env(string suffix) => Environment.GetEnvironmentVariable($"{ElasticsearchEngineAttribute.Variable[..^4]}_{suffix}");
        elasticsearch = EngineFixture.Engine(new ElasticsearchOptions
        {
            Url = Environment.GetEnvironmentVariable(ElasticsearchEngineAttribute.Variable),
            Username = Env("USERNAME"),
            Password = Env("PASSWORD"),
            ApiKey = Env("APIKEY"),
            CertificateFingerprint = Env("FINGERPRINT"),
            IndexPrefix = $"matching-test-{Guid.NewGuid():N}",
            RequestTimeout = TimeSpan.FromSeconds(30),
            FirstPage = 20, // small, so the contract also pages on with search_after in a point in time
        }, scoring: options ?? new ScoringOptions());
        Index = elasticsearch;
    }

    public ICandidateIndex Index { get; }

    public void Dispose() => elasticsearch?.Indexes.DeleteAllAsync(CancellationToken.None).GetAwaiter().GetResult();
}
