using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Matching.Benchmarks.Web;
using Matching.Domain.Matching;
using Matching.Domain.Matching.TwoPhase;
using Matching.Infrastructure.Matching.Elasticsearch;
using static Matching.Benchmarks.BenchArgs;

namespace Matching.Benchmarks.Matching;

/// <summary>
/// What phase two costs the service per query, without a server: <c>dotnet run -c Release --project bench/Matching.Benchmarks --
/// phase-two [--k 100,400,1600] [--queries 300]</c>. For each K it takes K candidate documents as a search answers them
/// (JSON <c>_source</c>), restores the profiles, re-scores them with the shared scorer, checks the proof and builds the
/// explained top 20: the whole service-side work of one page.
/// </summary>
public static class PhaseTwoCost
{
    public static int Run(string[] args)
    {
        var ks = (Value(args, "--k") ?? "100,400,1600").Split(',').Select(k => int.Parse(k, CultureInfo.InvariantCulture)).ToArray();
        int queries = int.Parse(Value(args, "--queries") ?? "300", CultureInfo.InvariantCulture);
        var scoring = new ScoringOptions();
        var related = RelatedOccupations.LoadDefault();
        var routes = CommuteBusRoutes.LoadDefault();
        var documents = new IndexedProfiles(scoring, routes);
        var pop = new SyntheticPopulation(7);
        var seekers = pop.Seekers(Math.Max(20_000, ks.Max() * 4));
        var openings = pop.Openings(queries);
        var today = SyntheticPopulation.Today;
        // The documents a search would return, as the bytes of their _source.
        var sources = seekers.Select(s => JsonSerializer.SerializeToUtf8Bytes(documents.Index(s), IndexDefinitions.Documents)).ToArray();
        Console.WriteLine($"phase-two: {queries} openings, top 20, {Environment.ProcessorCount} cores, load average {WebLoad.Load()}");
        foreach (int k in ks)
        {
            var r = new Random(k);
            double parse = 0, rank = 0;
            var times = new double[queries];
            for (int q = -20; q < queries; q++) // the first 20 warm up
            {
                var opening = openings[Math.Abs(q) % openings.Count];
                int start = r.Next(sources.Length - k);
                long t0 = Stopwatch.GetTimestamp();
                var page = new List<SeekerProfile>(k);
                for (int i = start; i < start + k; i++) page.Add(IndexedProfiles.Restore(JsonSerializer.Deserialize<IndexedSeeker>(sources[i], IndexDefinitions.Documents)!));
                long t1 = Stopwatch.GetTimestamp();
                var ranking = ExactTopN.SeekersFor(opening, 20, today, scoring, related, routes);
                foreach (var s in page) ranking.Offer(s);
                ranking.Proves(RankKey.Of(0, 50));
                ranking.Result();
                if (q < 0) continue;
                parse += Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds;
                rank += Stopwatch.GetElapsedTime(t1).TotalMilliseconds;
                times[q] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            }
            Array.Sort(times);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  K = {k,5}: p50 {times[queries / 2]:F2} ms, p99 {times[(int)(queries * 0.99)]:F2} ms per page; of the mean, reading the JSON {parse / queries:F2} ms, scoring and ranking {rank / queries:F2} ms"));
        }
        return 0;
    }
}
