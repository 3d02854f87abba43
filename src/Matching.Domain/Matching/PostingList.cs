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
}

/// <summary>Unordered growable array of postings; removal swaps the last entry in.</summary>
internal sealed class PostingList<T> where T : struct, IPosting
{
    private T[] _items;

    public PostingList(int capacity) => _items = new T[Math.Max(1, capacity)];

    public int Count { get; private set; }

    public int Capacity => _items.Length;

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
