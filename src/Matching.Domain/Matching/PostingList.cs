using System.Runtime.InteropServices;

namespace Matching.Domain.Matching;

internal interface IPosting
{
    int Slot { get; }
}

/// <summary>
/// Seeker entry of a posting list. Everything the scorer needs except experience travels with it (skills
/// and certificates as 64-bit masks), so a candidate that cannot enter the top N is skipped without touching its record.
/// </summary>
[StructLayout(LayoutKind.Auto)] // packs the captured slot with the small fields: 48 bytes, not 56
internal struct SeekerPosting(int slot, in SeekerFeatures f, float radiusKm) : IPosting
{
    public readonly ulong CertMask = f.CertMask, SkillMask = f.SkillMask;
    public readonly float Lat = f.Lat, Lon = f.Lon, RadiusKm = radiusKm, DesiredHourly = f.DesiredHourly;
    public readonly int UpdatedDay = f.UpdatedDay;
    public readonly short BirthYear = f.BirthYear, MaxWeeklyHours = f.MaxWeeklyHours;
    public readonly byte TypeMask = f.TypeMask, DeclaredProgrammes = f.DeclaredProgrammes;
    public readonly sbyte Education = f.Education;
    public readonly int Slot => slot;
}

[StructLayout(LayoutKind.Auto)]
internal struct OpeningPosting(int slot, float lat, float lon, ushort parkBit, int closesDay, int postedDay, float offerHourly, ulong certMask) : IPosting
{
    public readonly ulong CertMask = certMask;
    public readonly int Slot => slot;
    public readonly float Lat = lat, Lon = lon;
    public readonly ushort ParkBit = parkBit;
    public readonly int ClosesDay = closesDay, PostedDay = postedDay;
    public readonly float OfferHourly = offerHourly;
}

/// <summary>Unordered growable array of postings; removal swaps the last entry in.</summary>
internal sealed class PostingList<T> where T : struct, IPosting
{
    private T[] _items;

    public PostingList(int capacity) => _items = new T[Math.Max(1, capacity)];

    public int Count { get; private set; }

    public ReadOnlySpan<T> Items => _items.AsSpan(0, Count);

    public void Add(in T item)
    {
        // Grown by an eighth, not doubled: a bulk build sizes every list exactly, and under constant change profiles
        // move between lists, so doubling would leave most lists half empty after their first move in.
        if (Count == _items.Length) Array.Resize(ref _items, _items.Length + Math.Max(4, _items.Length / 8));
        _items[Count++] = item;
    }

    public bool Remove(int slot)
    {
        for (int i = 0; i < Count; i++)
        {
            if (_items[i].Slot != slot) continue;
            _items[i] = _items[--Count];
            _items[Count] = default;
            return true;
        }
        return false;
    }
}
