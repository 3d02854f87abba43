using System.ComponentModel.DataAnnotations;

namespace Matching.Infrastructure.Matching.Elasticsearch;

/// <summary>The Elasticsearch 9.x server that holds the candidate indices (the 9 client refuses 8.x servers).</summary>
public sealed class ElasticsearchOptions
{
    public const string SectionName = "Matching:Index:Elasticsearch";

    public string? Url { get; set; }

    /// <summary>An API key (encoded, as Kibana shows it); or <see cref="Username"/> and <see cref="Password"/>.</summary>
    public string? ApiKey { get; set; }

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>SHA-256 fingerprint of the server's CA certificate, for a self-signed cluster (as Elasticsearch prints it at first start).</summary>
    public string? CertificateFingerprint { get; set; }

    /// <summary>Aliases are <c>{prefix}-seekers</c> and <c>{prefix}-openings</c>; lower case, digits, '-' and '_'.</summary>
    [RegularExpression("^[a-z0-9][a-z0-9_-]{0,60}$")]
    public string IndexPrefix { get; set; } = "matching";

    /// <summary>How long one request may take before the engine counts as unavailable.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Candidates phase two re-scores first (K); a failed proof fetches twice as many at a time, up to <see cref="MaxPage"/>.</summary>
    [Range(1, 10_000)]
    public int FirstPage { get; set; } = 200;

    [Range(1, 10_000)]
    public int MaxPage { get; set; } = 5_000;

    /// <summary>Documents per bulk request when syncing and rebuilding.</summary>
    [Range(1, 50_000)]
    public int BulkSize { get; set; } = 2_000;

    /// <summary>What a 503 tells clients to wait before asking again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(10);
}
