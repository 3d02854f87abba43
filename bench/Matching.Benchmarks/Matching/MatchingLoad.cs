using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Matching.Domain.Matching;
using static Matching.Benchmarks.BenchArgs;

namespace Matching.Benchmarks.Matching;

/// <summary>
/// Console load test: <c>dotnet run -c Release --project bench/Matching.Benchmarks -- matching-load
/// [--seekers 1000000] [--openings 100000] [--queries 1000] [--top 20] [--seed 1] [--verify 3]</c>.
/// Prints index build time, per-query latency percentiles in both directions and process memory.
/// </summary>
public static class MatchingLoad
{
    public static int Run(string[] args)
    {
        int seekers = Arg(args, "--seekers", 1_000_000), openings = Arg(args, "--openings", 100_000);
        int queries = Arg(args, "--queries", 1000), top = Arg(args, "--top", 20), seed = Arg(args, "--seed", 1), verify = Arg(args, "--verify", 3);
        var today = SyntheticPopulation.Today;
        Console.WriteLine($"matching-load: {seekers:N0} seekers, {openings:N0} openings, {queries:N0} queries per direction, top {top}, seed {seed}");
        Console.WriteLine($"  {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}, load average {LoadAverage()}");

        var (index, openingIds, seekerIds) = BuildIndex(seekers, openings, queries, top, seed, verify, today);
        // The generated profiles are garbage now: what remains is the index (and the query subjects' ids).
        var (workingSet, heap) = FullCollection.Measure();
        var (seekerBytes, openingBytes) = index.Footprint();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  index only (profiles released, full collection): working set {workingSet / 1048576.0:N0} MB, GC heap {heap / 1048576.0:N0} MB; " +
            $"counted {seekerBytes / (double)index.SeekerCount:N0} bytes per seeker, {openingBytes / (double)index.OpeningCount:N0} per opening " +
            $"({(seekerBytes + openingBytes) / 1048576.0:N0} MB of the heap)"));

        Measure("top seekers for an opening", openingIds, id => index.TopSeekersForOpening(id, top, today)!);
        Measure("top openings for a seeker", seekerIds, id => index.TopOpeningsForSeeker(id, top, today)!);

        (workingSet, heap) = FullCollection.Measure();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  after the queries (full collection): working set {workingSet / 1048576.0:N0} MB, GC heap {heap / 1048576.0:N0} MB; index holds {index.SeekerCount:N0} seekers, {index.OpeningCount:N0} openings"));
        GC.KeepAlive(index);
        return 0;
    }

    /// <summary>Generates the profiles and builds the index; the profiles die when this returns.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (EmbeddedCandidateIndex Index, Guid[] OpeningIds, Guid[] SeekerIds) BuildIndex(
        int seekers, int openings, int queries, int top, int seed, int verify, DateOnly today)
    {
        var sw = Stopwatch.StartNew();
        var data = Generate(seekers, openings, seed);
        Console.WriteLine($"  generated profiles in {sw.Elapsed.TotalSeconds:F1} s; {Memory()}");

        var options = new ScoringOptions();
        var index = new EmbeddedCandidateIndex(options, RelatedOccupations.LoadDefault(), CommuteBusRoutes.LoadDefault());
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        sw.Restart();
        index.Rebuild(data.Seekers, data.Openings);
        var build = sw.Elapsed;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var postings = index.PostingCounts();
        Console.WriteLine($"  index build (from profiles in memory): {build.TotalSeconds:F2} s wall, {cpu.TotalSeconds:F2} s CPU (all threads, GC included); " +
            $"{postings.Seekers:N0} seeker and {postings.Openings:N0} opening postings");
        Console.WriteLine($"  with profiles and index: {Memory()}");

        // Query subjects that can have matches: a closed opening or a withdrawn seeker answers instantly and would flatter the figures.
        var r = new Random(seed + 1);
        var open = data.Openings.Where(o => o.Active && o.Filled < o.Headcount && o.ClosesOn >= today).ToList();
        var active = data.Seekers.Where(s => s.Active && s.ConsentToMatching).ToList();
        var openingIds = new Guid[queries];
        var seekerIds = new Guid[queries];
        for (int i = 0; i < queries; i++)
        {
            openingIds[i] = open[r.Next(open.Count)].Id;
            seekerIds[i] = active[r.Next(active.Count)].Id;
        }
        if (verify > 0) Verify(index, data, options, openingIds, seekerIds, verify, top, today);
        return (index, openingIds, seekerIds);
    }

    private sealed record Population(List<SeekerProfile> Seekers, List<OpeningProfile> Openings);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Population Generate(int seekers, int openings, int seed)
    {
        var pop = new SyntheticPopulation(seed);
        return new Population(pop.Seekers(seekers), pop.Openings(openings));
    }

    /// <summary>Spot check against a brute-force scan of the whole population with the same scorer.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Verify(EmbeddedCandidateIndex index, Population data, ScoringOptions options, Guid[] openingIds, Guid[] seekerIds, int count, int top, DateOnly today)
    {
        var ranker = new MatchRanker(options, RelatedOccupations.LoadDefault(), CommuteBusRoutes.LoadDefault());
        var openingById = data.Openings.ToDictionary(o => o.Id);
        var seekerById = data.Seekers.ToDictionary(s => s.Id);
        int same = 0;
        for (int i = 0; i < count; i++)
        {
            same += Same(index.TopSeekersForOpening(openingIds[i], top, today)!, ranker.TopSeekersForOpening(openingById[openingIds[i]], data.Seekers, top, today)) ? 1 : 0;
            same += Same(index.TopOpeningsForSeeker(seekerIds[i], top, today)!, ranker.TopOpeningsForSeeker(seekerById[seekerIds[i]], data.Openings, top, today)) ? 1 : 0;
        }
        Console.WriteLine($"  brute-force spot check: {same}/{2 * count} queries identical");
    }

    internal static void Measure(string name, Guid[] ids, Func<Guid, IReadOnlyList<ScoredMatch>> query)
    {
        for (int i = 0; i < Math.Min(200, ids.Length); i++) query(ids[i]); // warm-up
        var times = new double[ids.Length];
        var work = new (int Scanned, int Scored, int Lists, int Skipped)[ids.Length];
        long scored = 0, results = 0, widened = 0;
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (int i = 0; i < ids.Length; i++)
        {
            long t0 = Stopwatch.GetTimestamp();
            var list = query(ids[i]);
            times[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            scored += EmbeddedCandidateIndex.t_scored;
            work[i] = (EmbeddedCandidateIndex.t_scanned, EmbeddedCandidateIndex.t_scored, EmbeddedCandidateIndex.t_lists, EmbeddedCandidateIndex.t_skipped);
            results += list.Count;
            foreach (var m in list) if (m.Widened) widened++;
        }
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        double cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / ids.Length;
        var order = Enumerable.Range(0, ids.Length).ToArray();
        Array.Sort(times.ToArray(), order);
        Array.Sort(times);
        double P(double q) => times[Math.Min(times.Length - 1, (int)Math.Ceiling(q * times.Length) - 1)];
        // What the slowest 1 % do, beside the median query: postings scanned, candidates scored, lists scanned and skipped.
        string Work(IEnumerable<int> which) => string.Create(CultureInfo.InvariantCulture,
            $"{which.Average(i => work[i].Scanned):N0} scanned, {which.Average(i => work[i].Scored):N0} scored, {which.Average(i => work[i].Lists):F1} lists, {which.Average(i => work[i].Skipped):F1} skipped");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name}: p50 {P(0.50):F2} ms, p90 {P(0.90):F2} ms, p99 {P(0.99):F2} ms, max {times[^1]:F2} ms, mean {times.Average():F2} ms, CPU {cpuMs:F2} ms/query; " +
            $"{scored / (double)ids.Length:F0} candidates scored, {results / (double)ids.Length:F1} results ({widened / (double)Math.Max(1, results):P0} widened), {allocated / ids.Length / 1024.0:F1} KB allocated per query"));
        int slow = Math.Max(1, ids.Length / 100);
        Console.WriteLine($"    slowest 1 %: {Work(order[^slow..])}; middle: {Work(order[(ids.Length / 2 - slow / 2)..(ids.Length / 2 - slow / 2 + slow)])}");
    }

    /// <summary>The same ids in the same order, with the same scores, widening and reasons.</summary>
    internal static bool Same(IReadOnlyList<ScoredMatch> a, IReadOnlyList<ScoredMatch> b)
    {
        if (a.Count != b.Count) return false;
        for (int i = 0; i < a.Count; i++)
            if (a[i].SeekerId != b[i].SeekerId || a[i].OpeningId != b[i].OpeningId || a[i].Score != b[i].Score || a[i].Widened != b[i].Widened
                || !a[i].Reasons.SequenceEqual(b[i].Reasons))
                return false;
        return true;
    }

    private static string Memory()
    {
        using var p = Process.GetCurrentProcess();
        return string.Create(CultureInfo.InvariantCulture,
            $"working set {p.WorkingSet64 / 1048576.0:N0} MB, GC heap {GC.GetTotalMemory(false) / 1048576.0:N0} MB");
    }

    private static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "?"; }
    }
}
