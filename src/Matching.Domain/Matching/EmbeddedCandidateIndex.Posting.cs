using System.Runtime.InteropServices;

namespace Matching.Domain.Matching;

// Where a compiled profile is posted, one at a time on a write and all at once on a rebuild.
public sealed partial class EmbeddedCandidateIndex
{
    /// <summary>A rebuild posts on one thread more for each this many profiles, up to one per core.</summary>
    private const int SlotsPerThread = 1 << 15;

    private interface IPoster<T> where T : struct, IPosting
    {
        /// <summary>The lists a profile is posted in (none when it is never matched), its cell, segment and reach.</summary>
        int Keys(int slot, Span<int> keys, out int cell, out int segment, out float reachKm);

        T Posting(int slot, float reachKm);
    }

    private readonly struct SeekerPoster(State st) : IPoster<SeekerPosting>
    {
        public int Keys(int slot, Span<int> keys, out int cell, out int segment, out float reachKm)
        {
            ref readonly var f = ref st.Seekers[slot];
            (cell, segment, reachKm) = (0, 0, 0);
            if (!f.Active || !f.Consent) return 0; // never matched, so not posted
            (cell, segment, reachKm) = (SeekerCell(f), SeekerSegment(f), SeekerRadius(st, f));
            return SeekerKeys(f, keys);
        }

        public SeekerPosting Posting(int slot, float reachKm) => new(slot, st.Seekers[slot], reachKm, st.SeekerIdRanks.Rank(st.Seekers[slot].Id));
    }

    private readonly struct OpeningPoster(State st) : IPoster<OpeningPosting>
    {
        public int Keys(int slot, Span<int> keys, out int cell, out int segment, out float reachKm)
        {
            ref readonly var f = ref st.Openings[slot];
            (cell, segment, reachKm) = (0, 0, float.PositiveInfinity);
            if (!f.Active || !f.HasRoom) return 0;
            cell = OpeningCell(f);
            return OpeningKeys(f, keys);
        }

        public OpeningPosting Posting(int slot, float reachKm) => new(slot, st.Openings[slot]);
    }

    private const int MaxKeys = 4; // three wishes and any occupation

    private static void Post<T, TPoster>(Dictionary<int, GridList<T>> lists, Dictionary<int, List<int>> codesUnder, TPoster poster, int slot)
        where T : struct, IPosting where TPoster : IPoster<T>
    {
        Span<int> keys = stackalloc int[MaxKeys];
        int n = poster.Keys(slot, keys, out int cell, out int segment, out float reach);
        if (n == 0) return;
        var posting = poster.Posting(slot, reach);
        for (int i = 0; i < n; i++) List(lists, codesUnder, keys[i]).Add(cell, reach, posting, segment);
    }

    /// <summary>Takes the profile's postings out; call it before the slot's features change.</summary>
    private static void Unpost<T, TPoster>(Dictionary<int, GridList<T>> lists, TPoster poster, int slot)
        where T : struct, IPosting where TPoster : IPoster<T>
    {
        Span<int> keys = stackalloc int[MaxKeys];
        int n = poster.Keys(slot, keys, out int cell, out int segment, out _);
        for (int i = 0; i < n; i++) lists[keys[i]].Remove(cell, slot, segment);
    }

    /// <summary>Postings of one list and cell: how many per segment, then where the next one goes; the longest reach per segment.</summary>
    private sealed class Tally<T>(int segments) where T : struct, IPosting
    {
        public readonly int[] Counts = new int[segments];
        public readonly float[] Reach = new float[segments];
        public GridCell<T>? Cell;
    }

    private static long ListCell(int key, int cell) => (long)key << 32 | (uint)cell;

    /// <summary>
    /// Posts every profile of a rebuild. Each thread takes a range of the slots and counts its postings per list, cell and
    /// segment; the cells are then made in the order one thread would meet them, every array at its final size, and each
    /// range writes its postings straight to their places: the ranges one after another inside a segment, each in slot
    /// order. That is the layout one thread adding them slot by slot would leave, without moving a posting.
    /// </summary>
    private static void PostAll<T, TPoster>(int high, Dictionary<int, GridList<T>> lists, Dictionary<int, List<int>> codesUnder, TPoster poster,
        int? threadCount) where T : struct, IPosting where TPoster : IPoster<T>
    {
        int threads = threadCount ?? Math.Clamp(high / SlotsPerThread, 1, Environment.ProcessorCount);
        var parts = new Dictionary<long, Tally<T>>[threads];
        int Start(int part) => (int)((long)high * part / threads);
        Parallel.For(0, threads, part => parts[part] = Count<T, TPoster>(poster, Start(part), Start(part + 1)));

        var all = new Dictionary<long, Tally<T>>();
        foreach (var part in parts)
            foreach (var (listCell, t) in part)
            {
                ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(all, listCell, out _);
                sum ??= new Tally<T>(T.Segments);
                for (int s = 0; s < T.Segments; s++)
                {
                    sum.Counts[s] += t.Counts[s];
                    sum.Reach[s] = Math.Max(sum.Reach[s], t.Reach[s]);
                }
            }
        foreach (var (listCell, sum) in all)
        {
            sum.Cell = List(lists, codesUnder, (int)(listCell >> 32)).Reserve((int)listCell, sum.Counts, sum.Reach);
            for (int s = 0; s < T.Segments; s++) sum.Counts[s] = sum.Cell.List.SegmentStart(s);
        }
        foreach (var part in parts)
            foreach (var (listCell, t) in part)
            {
                var sum = all[listCell];
                t.Cell = sum.Cell;
                for (int s = 0; s < T.Segments; s++) (t.Counts[s], sum.Counts[s]) = (sum.Counts[s], sum.Counts[s] + t.Counts[s]);
            }

        Parallel.For(0, threads, part =>
        {
            var tallies = parts[part];
            Span<int> keys = stackalloc int[MaxKeys];
            for (int slot = Start(part); slot < Start(part + 1); slot++)
            {
                int n = poster.Keys(slot, keys, out int cell, out int segment, out float reach);
                if (n == 0) continue;
                var posting = poster.Posting(slot, reach);
                for (int i = 0; i < n; i++)
                {
                    var t = tallies[ListCell(keys[i], cell)];
                    t.Cell!.List.Place(t.Counts[segment]++, posting);
                }
            }
        });
    }

    private static Dictionary<long, Tally<T>> Count<T, TPoster>(TPoster poster, int from, int to)
        where T : struct, IPosting where TPoster : IPoster<T>
    {
        var tallies = new Dictionary<long, Tally<T>>();
        Span<int> keys = stackalloc int[MaxKeys];
        for (int slot = from; slot < to; slot++)
        {
            int n = poster.Keys(slot, keys, out int cell, out int segment, out float reach);
            for (int i = 0; i < n; i++)
            {
                ref var t = ref CollectionsMarshal.GetValueRefOrAddDefault(tallies, ListCell(keys[i], cell), out _);
                t ??= new Tally<T>(T.Segments);
                t.Counts[segment]++;
                t.Reach[segment] = Math.Max(t.Reach[segment], reach);
            }
        }
        return tallies;
    }
}
