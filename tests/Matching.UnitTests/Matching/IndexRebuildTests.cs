using Matching.Domain.Matching;
using static Matching.UnitTests.Matching.MatchingFixtures;

namespace Matching.UnitTests.Matching;

/// <summary>A rebuild split over threads lays out the index exactly as one thread does.</summary>
public class IndexRebuildTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Rebuild_on_several_threads_lays_out_every_list_as_one_thread_does(int threads)
    {
        // Spread over ~130 km so the lists have many cells, and seekers in many segments of each.
        var pop = new RandomPopulation(threads, spread: 4);
        var seekers = Enumerable.Range(0, 20_000).Select(_ => pop.Seeker()).ToList();
        var openings = Enumerable.Range(0, 2_000).Select(_ => pop.Opening()).ToList();
        var one = Index();
        one.Rebuild(seekers, openings, threads: 1);
        var several = Index();
        several.Rebuild(seekers, openings, threads);

        var expected = one.Layout();
        Assert.True(expected.Count > 500, $"only {expected.Count} cells and directories");
        Assert.Equal(expected, several.Layout());
        // The same answers as a brute-force scan, for a sample.
        var ranker = Ranker();
        foreach (var o in openings.Take(20))
            Assert.True(MatchesEqual(ranker.TopSeekersForOpening(o, seekers, 20, Today), several.TopSeekersForOpening(o.Id, 20, Today)!));
        foreach (var s in seekers.Take(20))
            Assert.True(MatchesEqual(ranker.TopOpeningsForSeeker(s, openings, 20, Today), several.TopOpeningsForSeeker(s.Id, 20, Today)!));
    }

    private static bool MatchesEqual(IReadOnlyList<ScoredMatch> a, IReadOnlyList<ScoredMatch> b) =>
        a.Select(m => (m.SeekerId, m.OpeningId, m.Score, m.Widened, string.Join("|", m.Reasons)))
            .SequenceEqual(b.Select(m => (m.SeekerId, m.OpeningId, m.Score, m.Widened, string.Join("|", m.Reasons))));
}
