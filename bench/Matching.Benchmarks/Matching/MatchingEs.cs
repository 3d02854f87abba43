using System.Diagnostics;
using System.Globalization;
using Matching.Domain.Matching;
using Matching.Domain.Matching.TwoPhase;
using Matching.Infrastructure.Matching.Elasticsearch;
using static Matching.Benchmarks.BenchArgs;

namespace Matching.Benchmarks.Matching;

/// <summary>
/// The Elasticsearch engine under the <c>matching-load</c> population: <c>dotnet run -c Release --project bench/Matching.Benchmarks --
/// matching-es --url https://localhost:9200 [--username elastic --password …] [--apikey …] [--fingerprint …] [--prefix matching-bench]
/// [--seekers 1000000] [--openings 100000] [--queries 1000] [--top 20] [--first-page 200] [--seed 1] [--verify 3] [--keep]</c>.
/// Loads the population through the engine's own rebuild (bulk into a new index, alias swap), then reports p50/p99 per direction,
/// the pages each query needed, and a brute-force spot check. The indices are deleted at the end unless --keep.
/// </summary>
public static class MatchingEs
{
    public static int Run(string[] args)
    {
        var url = Value(args, "--url") ?? throw new ArgumentException("--url is required (an Elasticsearch 9.x server)");
        int seekers = Arg(args, "--seekers", 1_000_000), openings = Arg(args, "--openings", 100_000), queries = Arg(args, "--queries", 1000);
        int top = Arg(args, "--top", 20), seed = Arg(args, "--seed", 1), verify = Arg(args, "--verify", 3);
        var options = new ElasticsearchOptions
        {
            Url = url, Username = Value(args, "--username"), Password = Value(args, "--password"), ApiKey = Value(args, "--apikey"), CertificateFingerprint = Value(args, "--fingerprint"),
            IndexPrefix = Value(args, "--prefix") ?? "matching-bench", FirstPage = Arg(args, "--first-page", 200), RequestTimeout = TimeSpan.FromMinutes(2), BulkSize = 5_000,
        };
        var scoring = new ScoringOptions();
        var related = RelatedOccupations.LoadDefault();
        var routes = CommuteBusRoutes.LoadDefault();
        var connection = new ElasticsearchConnection(options);
        var engine = new ElasticsearchCandidateIndex(connection, new ElasticsearchIndexes(connection), new IndexedProfiles(scoring, routes),
            new CandidateQueries(scoring, related, routes), scoring, related, routes, OccupationNames.None);
        var today = SyntheticPopulation.Today;
        Console.WriteLine($"matching-es: {url}, {seekers:N0} seekers, {openings:N0} openings, {queries:N0} queries per direction, top {top}, first page {options.FirstPage}");

        var pop = new SyntheticPopulation(seed);
        var seekerList = pop.Seekers(seekers);
        var openingList = pop.Openings(openings);
        var sw = Stopwatch.StartNew();
        engine.RebuildAsync(seekerList, openingList, CancellationToken.None).GetAwaiter().GetResult();
        Console.WriteLine($"  loaded through bulk requests in {sw.Elapsed.TotalSeconds:F1} s ({(seekers + openings) / sw.Elapsed.TotalSeconds:N0} documents/s)");

        var r = new Random(seed + 1);
        var open = openingList.Where(o => o.Active && o.Filled < o.Headcount && o.ClosesOn >= today).ToList();
        var active = seekerList.Where(s => s.Active && s.ConsentToMatching).ToList();
        var openingIds = Enumerable.Range(0, queries).Select(_ => open[r.Next(open.Count)]).ToList();
        var seekerIds = Enumerable.Range(0, queries).Select(_ => active[r.Next(active.Count)]).ToList();
        var ranker = new MatchRanker(scoring, related, routes);
        int same = 0;
        for (int i = 0; i < verify; i++)
        {
            same += MatchingLoad.Same(engine.TopSeekersForOpening(openingIds[i].Id, top, today)!, ranker.TopSeekersForOpening(openingIds[i], seekerList, top, today)) ? 1 : 0;
            same += MatchingLoad.Same(engine.TopOpeningsForSeeker(seekerIds[i].Id, top, today)!, ranker.TopOpeningsForSeeker(seekerIds[i], openingList, top, today)) ? 1 : 0;
        }
        if (verify > 0) Console.WriteLine($"  brute-force spot check: {same}/{2 * verify} queries identical");

        Measure(engine, "top seekers for an opening", openingIds.Select(o => o.Id).ToArray(), id => engine.TopSeekersForOpening(id, top, today)!);
        Measure(engine, "top openings for a seeker", seekerIds.Select(s => s.Id).ToArray(), id => engine.TopOpeningsForSeeker(id, top, today)!);
        if (Array.IndexOf(args, "--keep") < 0) engine.Indexes.DeleteAllAsync(CancellationToken.None).GetAwaiter().GetResult();
        return 0;
    }

    private static void Measure(ElasticsearchCandidateIndex engine, string name, Guid[] ids, Func<Guid, IReadOnlyList<ScoredMatch>> query)
    {
        for (int i = 0; i < Math.Min(50, ids.Length); i++) query(ids[i]); // warm-up (JIT, connections, caches)
        var times = new double[ids.Length];
        var before = engine.Counters;
        for (int i = 0; i < ids.Length; i++)
        {
            long t0 = Stopwatch.GetTimestamp();
            query(ids[i]);
            times[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        }
        var after = engine.Counters;
        long pages = after.Pages - before.Pages, moreThanOne = after.PagingOn - before.PagingOn;
        Array.Sort(times);
        double P(double q) => times[Math.Min(times.Length - 1, (int)Math.Ceiling(q * times.Length) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name}: p50 {P(0.50):F1} ms, p90 {P(0.90):F1} ms, p99 {P(0.99):F1} ms, max {times[^1]:F1} ms; {pages / (double)ids.Length:F2} pages per query, {moreThanOne} of {ids.Length} needed more than the first"));
    }
}
