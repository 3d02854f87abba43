using Matching.Domain.Matching;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Infrastructure.Matching;

/// <summary>
/// The version of each seeker this node's embedded index last took, so the change feed can pass over changes the
/// index already holds: the node that saved a seeker applied it at once, and reading the row back to apply it again
/// cost a tenth of the node's CPU under a stream of registrations.
/// </summary>
/// <remarks>
/// An entry names what the index holds, not the newest version seen: a slower request may apply an older version
/// after a newer one, and the entry then says so, so that the feed row of the newer one is applied. Hence the upsert
/// and the entry change together under one lock. A seeker's version grows with every change to its row.
/// </remarks>
public sealed class IndexedSeekerVersions
{
    // Entries live in two generations of up to this many seekers each: when the newer fills, the older is dropped, so
    // the most recent changes (those whose feed rows are still to come) are kept. A missing entry only means the feed
    // applies that row again.
    public const int GenerationSize = 100_000;

    private readonly Lock gate = new();
    private Dictionary<Guid, long> versions = [];
    private Dictionary<Guid, long> older = [];

    /// <summary>Puts <paramref name="seeker"/> in (or takes it out of) the index and notes the version it took.</summary>
    public void Apply(ICandidateIndex index, Seeker seeker)
    {
        // Built outside the lock: only the swap into the index needs to be ordered with the entry.
        var profile = seeker.Matchable ? seeker.ToProfile() : null;
        lock (gate)
        {
            if (profile is null)
            {
                index.RemoveSeeker(seeker.Id);
            }
            else
            {
                index.Upsert(profile);
            }

            if (versions.Count >= GenerationSize && !versions.ContainsKey(seeker.Id))
            {
                (older, versions) = (versions, []);
            }

            versions[seeker.Id] = seeker.Version;
        }
    }

    /// <summary>Whether the index holds <paramref name="seekerId"/> at <paramref name="version"/> or later.</summary>
    public bool Holds(Guid seekerId, long version)
    {
        lock (gate)
        {
            // The newer generation first: an entry there replaces the older one's.
            return (versions.TryGetValue(seekerId, out var held) || older.TryGetValue(seekerId, out held)) && held >= version;
        }
    }

    /// <summary>Forgets every entry: the index was replaced by one loaded from the store.</summary>
    public void Clear()
    {
        lock (gate)
        {
            versions.Clear();
            older.Clear();
        }
    }
}
