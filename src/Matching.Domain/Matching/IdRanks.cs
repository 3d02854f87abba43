namespace Matching.Domain.Matching;

/// <summary>
/// One byte per id that orders like the ids (<see cref="Guid.CompareTo(Guid)"/>): 255 boundaries, quantiles of a sample
/// of the ids an index held when it was built; an id's rank counts the boundaries at or below it. A higher rank means a
/// larger id; an equal rank says nothing, and the ids themselves decide. Ids that arrive later rank by the same
/// boundaries: still in order, only less spread (version-7 ids of new seekers all rank at the top).
/// </summary>
internal sealed class IdRanks
{
    private const int SampleSize = 1 << 14;

    private readonly Guid[] _bounds;

    private IdRanks(Guid[] bounds) => _bounds = bounds;

    /// <summary>No boundaries: every id ranks 0.</summary>
    public static readonly IdRanks None = new([]);

    public static IdRanks Sample(ReadOnlySpan<SeekerFeatures> seekers)
    {
        if (seekers.Length == 0) return None;
        int step = Math.Max(1, seekers.Length / SampleSize);
        var sample = new Guid[(seekers.Length + step - 1) / step];
        for (int i = 0; i < sample.Length; i++) sample[i] = seekers[i * step].Id;
        Array.Sort(sample);
        var bounds = new Guid[byte.MaxValue];
        for (int k = 0; k < bounds.Length; k++) bounds[k] = sample[(int)((k + 1L) * sample.Length / (bounds.Length + 1))];
        return new IdRanks(bounds);
    }

    public byte Rank(Guid id)
    {
        int lo = 0, hi = _bounds.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (_bounds[mid].CompareTo(id) <= 0) lo = mid + 1;
            else hi = mid;
        }
        return (byte)lo;
    }
}
