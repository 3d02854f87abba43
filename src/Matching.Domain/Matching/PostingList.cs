using System.Runtime.InteropServices;

namespace Matching.Domain.Matching;

internal interface IPosting
{
    int Slot { get; }

    /// <summary>Segments of each cell's posting list (see <see cref="PostingList{T}"/>).</summary>
    static abstract int Segments { get; }
}

/// <summary>
/// Seeker entry of a posting list. Everything the scorer needs except experience travels with it (skills
/// and certificates as 64-bit masks), so a candidate that cannot enter the top N is skipped without touching its record;
/// so does the rank of its id, which settles most ties on the id.
/// </summary>
[StructLayout(LayoutKind.Auto)] // packs the captured slot with the small fields: 48 bytes, not 56
internal struct SeekerPosting(int slot, in SeekerFeatures f, float radiusKm, byte idRank) : IPosting
{
    /// <summary>Orders like the seeker's id where it differs (see <see cref="IdRanks"/>); in the byte the layout left free.</summary>
    public readonly byte IdRank = idRank;
    public readonly ulong CertMask = f.CertMask, SkillMask = f.SkillMask;
    public readonly float Lat = f.Lat, Lon = f.Lon, RadiusKm = radiusKm, DesiredHourly = f.DesiredHourly;
    public readonly int UpdatedDay = f.UpdatedDay;
    public readonly short BirthYear = f.BirthYear, MaxWeeklyHours = f.MaxWeeklyHours;
    public readonly byte TypeMask = f.TypeMask, DeclaredProgrammes = f.DeclaredProgrammes;
    public readonly sbyte Education = f.Education;
    public readonly int Slot => slot;

    /// <summary>One per sub-cell and commute class, sub-cell by sub-cell (see <see cref="GridList{T}"/>).</summary>
    public static int Segments => GridList<SeekerPosting>.SubCells * GridList<SeekerPosting>.CommuteClasses;
}

/// <summary>
/// Opening entry of a posting list: everything the scorer needs except the required experience, so a seeker's query
/// bounds each opening as tightly as <see cref="SeekerPosting"/> bounds a seeker.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal struct OpeningPosting(int slot, in OpeningFeatures f) : IPosting
{
    public readonly ulong CertMask = f.CertMask, SkillMask = f.SkillMask;
    public readonly int Slot => slot;
    public readonly float Lat = f.Lat, Lon = f.Lon, OfferHourly = f.OfferHourly;
    public readonly int ClosesDay = f.ClosesDay, PostedDay = f.PostedDay;
    public readonly ushort ParkBit = f.ParkBit;
    public readonly short WorkHours = f.WorkHours;
    public readonly byte Type = f.Type, WelcomeMask = f.WelcomeMask, SkillCount = f.SkillCount;
    public readonly sbyte Education = f.Education;

    public static int Segments => 1;
}

/// <summary>
/// Growable array of postings in segments (one unless asked): the postings of a segment lie together, so a query can
/// skip a segment whole without a list, an array or a cell of its own (under constant change every small array keeps
/// slack). Order inside a segment is arbitrary; adding or removing moves one posting per later segment.
/// </summary>
internal sealed class PostingList<T> where T : struct, IPosting
{
    private T[] _items;
    private readonly int[] _ends; // segment k holds [k == 0 ? 0 : _ends[k - 1], _ends[k])

    public PostingList(int capacity, int segments = 1)
    {
        _items = new T[Math.Max(1, capacity)];
        _ends = new int[segments];
    }

    /// <summary>Room for exactly <paramref name="counts"/> postings per segment, to be filled by <see cref="Place"/> (a rebuild).</summary>
    public PostingList(ReadOnlySpan<int> counts)
    {
        _ends = new int[counts.Length];
        int end = 0;
        for (int k = 0; k < counts.Length; k++) _ends[k] = end += counts[k];
        _items = new T[Math.Max(1, end)];
    }

    public int Count => _ends[^1];

    public int Capacity => _items.Length;

    public int Segments => _ends.Length;

    public ReadOnlySpan<T> Items => _items.AsSpan(0, Count);

    public int SegmentStart(int k) => k == 0 ? 0 : _ends[k - 1];

    public ReadOnlySpan<T> Segment(int k)
    {
        int start = SegmentStart(k);
        return _items.AsSpan(start, _ends[k] - start);
    }

    /// <summary>Puts a posting at its index in a list sized by segment counts; the index must lie in the posting's segment.</summary>
    public void Place(int index, in T item) => _items[index] = item;

    public void Add(in T item, int segment = 0)
    {
        // Grown by an eighth, not doubled: a bulk build sizes every list exactly, and under constant change profiles
        // move between lists, so doubling would leave most lists half empty after their first move in.
        if (Count == _items.Length) Array.Resize(ref _items, _items.Length + Math.Max(4, _items.Length / 8));
        // Each later segment moves its first posting to its end, which frees the place after this segment.
        int hole = Count;
        for (int k = _ends.Length - 1; k > segment; k--)
        {
            int start = _ends[k - 1];
            if (start != hole) _items[hole] = _items[start]; // an empty segment moves nothing
            hole = start;
            _ends[k]++;
        }
        _items[hole] = item;
        _ends[segment]++;
    }

    public bool Remove(int slot, int segment = 0)
    {
        for (int i = segment == 0 ? 0 : _ends[segment - 1]; i < _ends[segment]; i++)
        {
            if (_items[i].Slot != slot) continue;
            // The segment's last posting fills the place; each later segment then moves its last posting into the gap before it.
            int hole = --_ends[segment];
            _items[i] = _items[hole];
            for (int k = segment + 1; k < _ends.Length; k++)
            {
                int last = --_ends[k];
                _items[hole] = _items[last];
                hole = last;
            }
            _items[hole] = default;
            return true;
        }
        return false;
    }
}
