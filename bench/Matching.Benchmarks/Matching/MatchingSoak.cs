using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Matching.Benchmarks.Web;
using Matching.Domain.Matching;
using static Matching.Benchmarks.BenchArgs;

namespace Matching.Benchmarks.Matching;

/// <summary>
/// Memory under constant change: <c>dotnet run -c Release --project bench/Matching.Benchmarks -- matching-soak
/// [--seekers 1000000] [--openings 100000] [--updates 1000000] [--seed 1] [--verify 200]</c>.
/// Builds the index, applies <c>--updates</c> seeker updates (each a freshly generated profile under an existing id)
/// while one thread keeps querying, then prints resident memory and GC heap before and after (each after a full
/// compacting collection that returns free memory to the system), the query latencies seen during the soak, and whether <c>--verify</c> queries per direction
/// answer exactly as an index rebuilt from the final profiles does.
/// </summary>
public static class MatchingSoak
{
    public static int Run(string[] args)
    {
        int seekers = Arg(args, "--seekers", 1_000_000), openings = Arg(args, "--openings", 100_000);
        int updates = Arg(args, "--updates", 1_000_000), seed = Arg(args, "--seed", 1), verify = Arg(args, "--verify", 200);
        var today = SyntheticPopulation.Today;
        Console.WriteLine($"matching-soak: {seekers:N0} seekers, {openings:N0} openings, {updates:N0} updates, seed {seed}; "
            + $"{Environment.ProcessorCount} cores, load average {WebLoad.Load()}");

        var pop = new SyntheticPopulation(seed);
        var seekerList = pop.Seekers(seekers);
        var openingList = pop.Openings(openings);
        var index = NewIndex();
        index.Rebuild(seekerList, openingList);
        var openIds = openingList.Where(o => o.Active && o.Filled < o.Headcount && o.ClosesOn >= today).Select(o => o.Id).ToArray();
        var seekerIds = seekerList.Where(s => s.Active && s.ConsentToMatching).Select(s => s.Id).ToArray();
        var start = Memory();
        Console.WriteLine($"  start: {start.Text}");

        using var stop = new CancellationTokenSource();
        var reader = Task.Factory.StartNew(() => Query(index, openIds, seekerIds, today, stop.Token), TaskCreationOptions.LongRunning);
        var clock = Stopwatch.StartNew();
        // Updates drawn from a second generator: new places, wishes, wages, skills and certificates under existing ids.
        var changes = new SyntheticPopulation(seed + 1000);
        var r = new Random(seed + 2000);
        for (int done = 0; done < updates; done += 10_000)
        {
            foreach (var fresh in changes.Seekers(Math.Min(10_000, updates - done)))
            {
                int i = r.Next(seekerList.Count);
                seekerList[i] = fresh with { Id = seekerList[i].Id };
                index.Upsert(seekerList[i]);
            }
        }
        var soak = clock.Elapsed;
        stop.Cancel();
        var latencies = reader.Result;
        var end = Memory();
        latencies.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {updates:N0} updates in {soak.TotalSeconds:F1} s ({updates / soak.TotalSeconds:N0}/s); {latencies.Count:N0} queries meanwhile: "
            + $"p50 {WebLoad.P(latencies, 0.5):F2} ms, p99 {WebLoad.P(latencies, 0.99):F2} ms, max {latencies[^1]:F2} ms"));
        Console.WriteLine($"  end: {end.Text}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  resident memory {100.0 * (end.WorkingSet - start.WorkingSet) / start.WorkingSet:+0.0;-0.0} %, GC heap {100.0 * (end.Heap - start.Heap) / start.Heap:+0.0;-0.0} %; load average {WebLoad.Load()}"));

        Verify(index, seekerList, openingList, openIds, seekerIds, verify, today);
        return 0;
    }

    private static EmbeddedCandidateIndex NewIndex() =>
        new(new ScoringOptions(), RelatedOccupations.LoadDefault(), CommuteBusRoutes.LoadDefault());

    /// <summary>Top-20 queries, alternating directions, until stopped; the latency of each.</summary>
    private static List<double> Query(EmbeddedCandidateIndex index, Guid[] openings, Guid[] seekers, DateOnly today, CancellationToken stop)
    {
        var times = new List<double>();
        for (int i = 0; !stop.IsCancellationRequested; i++)
        {
            long t0 = Stopwatch.GetTimestamp();
            if (i % 2 == 0) index.TopSeekersForOpening(openings[i / 2 % openings.Length], 20, today);
            else index.TopOpeningsForSeeker(seekers[i / 2 % seekers.Length], 20, today);
            times.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }
        return times;
    }

    /// <summary>Compares the soaked index with one rebuilt from the same final profiles (ids, order, scores, reasons).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Verify(EmbeddedCandidateIndex soaked, List<SeekerProfile> seekers, List<OpeningProfile> openings,
        Guid[] openIds, Guid[] seekerIds, int count, DateOnly today)
    {
        var fresh = NewIndex();
        fresh.Rebuild(seekers, openings);
        int same = 0;
        for (int i = 0; i < count; i++)
        {
            same += Same(soaked.TopSeekersForOpening(openIds[i * 7 % openIds.Length], 20, today)!, fresh.TopSeekersForOpening(openIds[i * 7 % openIds.Length], 20, today)!) ? 1 : 0;
            same += Same(soaked.TopOpeningsForSeeker(seekerIds[i * 7919 % seekerIds.Length], 20, today)!, fresh.TopOpeningsForSeeker(seekerIds[i * 7919 % seekerIds.Length], 20, today)!) ? 1 : 0;
        }
        Console.WriteLine($"  equal to a fresh rebuild: {same}/{2 * count} queries identical");
    }

    private static bool Same(IReadOnlyList<ScoredMatch> a, IReadOnlyList<ScoredMatch> b) =>
        MatchingLoad.Same(a, b) && a.Select(m => m.Components).SequenceEqual(b.Select(m => m.Components));

    private static (long WorkingSet, long Heap, string Text) Memory()
    {
        var (workingSet, heap) = FullCollection.Measure();
        return (workingSet, heap, string.Create(CultureInfo.InvariantCulture,
            $"working set {workingSet / 1048576.0:N0} MB, GC heap {heap / 1048576.0:N0} MB (profiles and index)"));
    }
}
