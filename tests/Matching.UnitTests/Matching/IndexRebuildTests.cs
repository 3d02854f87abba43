using Matching.Domain.Matching;
using static Matching.UnitTests.Matching.MatchingFixtures;

namespace Matching.UnitTests.Matching;

/// <summary>A rebuild split over threads compiles and lays out the index exactly as one thread does.</summary>
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
        // Ids met again, in the same batch and in a later one: the later profile wins, as in a write.
        var input = seekers.Concat(seekers.Where((_, i) => i % 97 == 0).Select(s => pop.Seeker() with { Id = s.Id })).ToList();
        seekers = input.GroupBy(s => s.Id).Select(g => g.Last()).ToList();
        var one = Index();
        one.Rebuild(input, openings, threads: 1, batch: 1 << 16);
        var several = Index();
        several.Rebuild(input, openings, threads, batch: 7_000);

        Assert.Equal(seekers.Count, several.SeekerCount);
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
