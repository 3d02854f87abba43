using Matching.Domain.Matching;
using static Matching.UnitTests.Matching.MatchingFixtures;

namespace Matching.UnitTests.Matching;

public class ScoreAllTests
{
    [Fact]
    public void Scoring_a_group_gives_exactly_the_single_pair_scores_and_skips_the_rejected()
    {
        var population = new RandomPopulation(seed: 11);
        var seekers = Enumerable.Range(0, 60).Select(_ => population.Seeker()).ToList();
        var openings = Enumerable.Range(0, 40).Select(_ => population.Opening()).ToList();
        var scorer = Scorer();
        var expected = new Dictionary<(Guid, Guid), double>();
        foreach (var s in seekers)
            foreach (var o in openings)
                if (scorer.Score(s, o, Today) is { } match) expected[(s.Id, o.Id)] = match.Score;

        var actual = new Dictionary<(Guid, Guid), double>();
        scorer.ScoreAll(seekers, openings, Today, (i, j, score) => actual.Add((seekers[i].Id, openings[j].Id), score));

        Assert.NotEmpty(expected);
        Assert.True(expected.Count < seekers.Count * openings.Count, "some pairs should be rejected, or the skip is untested");
        Assert.Equal(expected.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
    }
}
