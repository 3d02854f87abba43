using System.Runtime.InteropServices;

namespace Matching.Domain.Matching;

// A rebuild: the seekers compiled and every profile posted on all cores, with the result one thread would give.
public sealed partial class EmbeddedCandidateIndex
{
    /// <summary>A rebuild posts on one thread more for each this many profiles, up to one per core.</summary>
    private const int SlotsPerThread = 1 << 15;

    /// <summary>A rebuild compiles on one thread more for each this many seekers of a batch, up to one per core.</summary>
    private const int MinCompilesPerThread = 1 << 10;

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

    /// <summary>
    /// Compiles the seekers of a rebuild a batch at a time, each batch split over the threads into buffers of their own,
    /// then moves them into the state in the order they came: the same slots, term ids and pool as compiling them one by
    /// one, since a buffer's terms new to the space get their ids in the order the buffer met them.
    /// </summary>
    private static void CompileSeekers(State st, IEnumerable<SeekerProfile> seekers, int? threadCount, int batchSize)
    {
        int size = seekers.TryGetNonEnumeratedCount(out int count) ? Math.Clamp(count, 1, batchSize) : batchSize;
        var batch = new SeekerProfile[size];
        var compiled = new SeekerFeatures[size];
        var buffers = new CompileBuffer[threadCount ?? Environment.ProcessorCount];
        int n = 0;
        foreach (var s in seekers)
        {
            batch[n++] = s;
            if (n == size) n = Flush(n);
        }
        Flush(n);

        int Flush(int n)
        {
            int threads = threadCount ?? Math.Clamp(n / MinCompilesPerThread, 1, buffers.Length);
            int Start(int part) => (int)((long)n * part / threads);
            Parallel.For(0, threads, part =>
            {
                var buffer = buffers[part] ??= new CompileBuffer();
                buffer.Clear();
                for (int i = Start(part); i < Start(part + 1); i++) compiled[i] = st.Fs.Compile(batch[i], buffer);
            });
            for (int part = 0; part < threads; part++)
            {
                st.Fs.AdoptTerms(buffers[part]);
                for (int i = Start(part); i < Start(part + 1); i++)
                {
                    st.Fs.Adopt(ref compiled[i], buffers[part]);
                    PutSeeker(st, batch[i].Id, compiled[i], post: false);
                }
            }
            Array.Clear(batch, 0, n); // the profiles may die with the caller's copy
            return 0;
        }
    }
}
