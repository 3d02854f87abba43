using BenchmarkDotNet.Attributes;
using Matching.Domain.Matching;

namespace Matching.Benchmarks.Matching;

/// <summary>One top-20 query at a time against the full synthetic population (1 M seekers, 100 k openings).</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class MatchingQueryBenchmarks
{
    private EmbeddedCandidateIndex _index = null!;
    private Guid[] _openingIds = [], _seekerIds = [];
    private int _next;

    [Params(20)]
    public int Top { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var pop = new SyntheticPopulation(1);
        var seekers = pop.Seekers(1_000_000);
        var openings = pop.Openings(100_000);
        _index = new EmbeddedCandidateIndex(new ScoringOptions(), RelatedOccupations.LoadDefault(), CommuteBusRoutes.LoadDefault());
        _index.Rebuild(seekers, openings);
        // Only subjects that can have matches, as in matching-load.
        var open = openings.Where(o => o.Active && o.Filled < o.Headcount && o.ClosesOn >= SyntheticPopulation.Today).ToList();
        var active = seekers.Where(s => s.Active && s.ConsentToMatching).ToList();
        var r = new Random(2);
        _openingIds = [.. Enumerable.Range(0, 1024).Select(_ => open[r.Next(open.Count)].Id)];
        _seekerIds = [.. Enumerable.Range(0, 1024).Select(_ => active[r.Next(active.Count)].Id)];
    }

    [Benchmark]
    public int TopSeekersForOpening() => _index.TopSeekersForOpening(_openingIds[_next++ & 1023], Top, SyntheticPopulation.Today)!.Count;

    [Benchmark]
    public int TopOpeningsForSeeker() => _index.TopOpeningsForSeeker(_seekerIds[_next++ & 1023], Top, SyntheticPopulation.Today)!.Count;
}
