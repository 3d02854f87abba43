using Matching.Infrastructure.Store;

namespace Matching.Infrastructure.Matching;

/// <summary>One change-feed row: which profile changed, and to which version when the event says (a seeker's change).</summary>
public readonly record struct FeedRow(long Id, string Type, Guid SubjectId, long? Version = null);

/// <summary>Where <see cref="IndexFollower"/> applies the changes it reads: this node's embedded index, or Elasticsearch.</summary>
public interface IIndexFeedSink
{
    /// <summary>Where the feed was last applied up to, or null when the index was just filled from the store (start after the newest change).</summary>
    Task<long?> CheckpointAsync(MatchingDbContext db, CancellationToken ct);

    /// <summary>
    /// Applies the changed profiles' current rows. Throws when nothing could be applied (the follower reads the same
    /// rows again); <paramref name="watermark"/> is how far the feed has been read once these are applied.
    /// </summary>
    Task ApplyAsync(MatchingDbContext db, IReadOnlyList<FeedRow> rows, long watermark, CancellationToken ct);
}
