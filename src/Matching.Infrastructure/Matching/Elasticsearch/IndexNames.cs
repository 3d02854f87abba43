using System.Globalization;

namespace Matching.Infrastructure.Matching.Elasticsearch;

/// <summary>
/// Searches and writes go to the aliases; each alias points at one versioned index, replaced whole by a rebuild.
/// The sync index holds the change-feed checkpoint.
/// </summary>
public sealed record IndexNames(string Prefix)
{
    public string Seekers => $"{Prefix}-seekers";

    public string Openings => $"{Prefix}-openings";

    public string Sync => $"{Prefix}-sync";

    /// <summary>A new versioned index behind <paramref name="alias"/>, named by the time it was made so names sort by age.</summary>
    public static string Versioned(string alias, DateTimeOffset at) =>
        $"{alias}-{at.UtcDateTime.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture)}";
}
