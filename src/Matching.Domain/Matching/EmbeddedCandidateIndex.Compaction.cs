namespace Matching.Domain.Matching;

// Every update compiles the profile anew and appends its certificates, skills and experience to the feature
// pool, leaving the old entries behind (about 20 bytes a seeker). Compaction copies the live entries into a
// new pool once the dead ones pass a quarter of the live ones, so memory stays flat under constant change.
public sealed partial class EmbeddedCandidateIndex
{
    /// <summary>Below this many dead entries (256 KB) a compaction is not worth its copy.</summary>
    private const int MinDeadEntries = 1 << 16;

    /// <summary>Diagnostics: pool compactions done (seekers, openings).</summary>
    internal (int Seekers, int Openings) Compactions => (_seekerCompactions, _openingCompactions);

    private int _seekerCompactions, _openingCompactions;

    private static bool Due(int dead, int count) => dead >= MinDeadEntries && dead > (count - dead) / 4;

    /// <summary>
    /// Copies the live pool entries while queries go on (an upgradeable read lock keeps only writers out), then
    /// takes the write lock just to swap the pool and move each profile's offset.
    /// </summary>
    private void CompactIfDue()
    {
        // A read outside the lock is only a hint; it is checked again below with writers kept out.
        var hint = _state.Fs;
        if (!Due(hint.SeekerPoolDead, hint.SeekerPoolCount) && !Due(hint.OpeningPoolDead, hint.OpeningPoolCount)) return;
        _lock.EnterUpgradeableReadLock();
        try
        {
            var st = _state;
            var fs = st.Fs;
            if (Due(fs.SeekerPoolDead, fs.SeekerPoolCount))
            {
                var (pool, count, offsets) = Copy(fs.SeekerPool, fs.SeekerPoolCount - fs.SeekerPoolDead, st.Seekers.AsSpan(0, st.SeekerHigh),
                    static (in SeekerFeatures f) => (f.PoolOffset, FeatureSpace.PoolLength(f)));
                _lock.EnterWriteLock();
                try
                {
                    for (int slot = 0; slot < offsets.Length; slot++) st.Seekers[slot].PoolOffset = offsets[slot];
                    (fs.SeekerPool, fs.SeekerPoolCount, fs.SeekerPoolDead) = (pool, count, 0);
                    _seekerCompactions++;
                }
                finally { _lock.ExitWriteLock(); }
            }
            if (Due(fs.OpeningPoolDead, fs.OpeningPoolCount))
            {
                var (pool, count, offsets) = Copy(fs.OpeningPool, fs.OpeningPoolCount - fs.OpeningPoolDead, st.Openings.AsSpan(0, st.OpeningHigh),
                    static (in OpeningFeatures f) => (f.PoolOffset, FeatureSpace.PoolLength(f)));
                _lock.EnterWriteLock();
                try
                {
                    for (int slot = 0; slot < offsets.Length; slot++) st.Openings[slot].PoolOffset = offsets[slot];
                    (fs.OpeningPool, fs.OpeningPoolCount, fs.OpeningPoolDead) = (pool, count, 0);
                    _openingCompactions++;
                }
                finally { _lock.ExitWriteLock(); }
            }
        }
        finally { _lock.ExitUpgradeableReadLock(); }
    }

    private delegate (int Offset, int Length) Extent<T>(in T features);

    /// <summary>The live entries in slot order, with room for half as many again so appends do not regrow it at once.</summary>
    private static (int[] Pool, int Count, int[] Offsets) Copy<T>(int[] old, int live, ReadOnlySpan<T> profiles, Extent<T> extent)
    {
        var pool = new int[Math.Max(1024, live + live / 2)];
        var offsets = new int[profiles.Length];
        int count = 0;
        for (int slot = 0; slot < profiles.Length; slot++)
        {
            var (offset, length) = extent(profiles[slot]);
            old.AsSpan(offset, length).CopyTo(pool.AsSpan(count));
            offsets[slot] = count;
            count += length;
        }
        return (pool, count, offsets);
    }
}
