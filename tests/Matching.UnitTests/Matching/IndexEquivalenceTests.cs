using Matching.Domain.Matching;
using static Matching.UnitTests.Matching.MatchingFixtures;

namespace Matching.UnitTests.Matching;

/// <summary>The embedded index returns exactly what a brute-force scan with the same scorer returns.</summary>
public class IndexEquivalenceTests
{
    private static List<string> Describe(IEnumerable<ScoredMatch> matches)
        => [.. matches.Select(m => $"{m.SeekerId}/{m.OpeningId}/{m.Score}/{m.Widened}/{m.Components}/{string.Join("|", m.Reasons)}")];

    private static void AssertSame(EmbeddedCandidateIndex index, Dictionary<Guid, SeekerProfile> seekers, Dictionary<Guid, OpeningProfile> openings, int top, DateOnly today)
    {
        var ranker = Ranker();
        int pruned = 0;
        foreach (var o in openings.Values)
        {
            var fromIndex = Describe(index.TopSeekersForOpening(o.Id, top, today)!);
            pruned += EmbeddedCandidateIndex.t_skipped;
            Assert.Equal(Describe(ranker.TopSeekersForOpening(o, seekers.Values, top, today)), fromIndex);
        }
        foreach (var s in seekers.Values.Take(300))
        {
            var fromIndex = Describe(index.TopOpeningsForSeeker(s.Id, top, today)!);
            pruned += EmbeddedCandidateIndex.t_skipped;
            Assert.Equal(Describe(ranker.TopOpeningsForSeeker(s, openings.Values, top, today)), fromIndex);
        }
        // The bounded scan must actually have cut posting lists, or this test would prove nothing about it.
        if (top <= 20) Assert.True(pruned > 0, "no posting list was skipped");
    }

    [Theory]
    [InlineData(1, 1, 1.0)]
    [InlineData(2, 5, 1.0)]
    [InlineData(3, 20, 1.0)]
    [InlineData(4, 100, 1.0)]
    [InlineData(5, 20, 4.0)]   // ~130 km across: many map cells out of reach
    [InlineData(6, 10, 0.2)]   // everyone within ~7 km
    public void Index_equals_brute_force_on_random_populations(int seed, int top, double spread)
    {
        var pop = new RandomPopulation(seed, spread);
        var seekers = Enumerable.Range(0, 1500).Select(_ => pop.Seeker()).ToDictionary(s => s.Id);
        var openings = Enumerable.Range(0, 150).Select(_ => pop.Opening()).ToDictionary(o => o.Id);
        var index = Index();
        index.Rebuild(seekers.Values, openings.Values);
        Assert.Equal(1500, index.SeekerCount);
        AssertSame(index, seekers, openings, top, Today);
        AssertSame(index, seekers, openings, top, Today.AddDays(20));
    }

    [Fact]
    public void Index_equals_brute_force_after_updates_and_withdrawals()
    {
        var pop = new RandomPopulation(42);
        var r = new Random(43);
        var seekers = Enumerable.Range(0, 1200).Select(_ => pop.Seeker()).ToDictionary(s => s.Id);
        var openings = Enumerable.Range(0, 120).Select(_ => pop.Opening()).ToDictionary(o => o.Id);
        var index = Index();
        index.Rebuild(seekers.Values, openings.Values);
        for (int round = 0; round < 3; round++)
        {
            foreach (var id in seekers.Keys.Where(_ => r.NextDouble() < 0.1).ToList())
            {
                var changed = pop.Seeker() with { Id = id };
                seekers[id] = changed;
                index.Upsert(changed);
            }
            foreach (var id in seekers.Keys.Where(_ => r.NextDouble() < 0.05).ToList())
            {
                seekers.Remove(id);
                Assert.True(index.RemoveSeeker(id));
            }
            foreach (var id in openings.Keys.Where(_ => r.NextDouble() < 0.1).ToList())
            {
                var changed = pop.Opening() with { Id = id };
                openings[id] = changed;
                index.Upsert(changed);
            }
            foreach (var id in openings.Keys.Where(_ => r.NextDouble() < 0.05).ToList())
            {
                openings.Remove(id);
                Assert.True(index.RemoveOpening(id));
            }
            for (int i = 0; i < 100; i++) { var s = pop.Seeker(); seekers[s.Id] = s; index.Upsert(s); }
            for (int i = 0; i < 10; i++) { var o = pop.Opening(); openings[o.Id] = o; index.Upsert(o); }
            Assert.Equal(seekers.Count, index.SeekerCount);
            Assert.Equal(openings.Count, index.OpeningCount);
            AssertSame(index, seekers, openings, 20, Today);
        }
    }

    [Fact]
    public void Withdrawn_seeker_leaves_every_suggestion_list()
    {
        var index = Index();
        var seeker = Seeker();
        var opening = Opening();
        index.Rebuild([seeker], [opening]);
        Assert.Single(index.TopSeekersForOpening(opening.Id, 20, Today)!);
        index.Upsert(seeker with { ConsentToMatching = false });
        Assert.Empty(index.TopSeekersForOpening(opening.Id, 20, Today)!);
        Assert.Empty(index.TopOpeningsForSeeker(seeker.Id, 20, Today)!);
        index.Upsert(seeker);
        Assert.True(index.RemoveSeeker(seeker.Id));
        Assert.Empty(index.TopSeekersForOpening(opening.Id, 20, Today)!);
        Assert.Null(index.TopOpeningsForSeeker(seeker.Id, 20, Today));
        Assert.False(index.RemoveSeeker(seeker.Id));
    }

    [Fact]
    public void Unknown_subject_gives_null()
    {
        var index = Index();
        Assert.Null(index.TopSeekersForOpening(Guid.NewGuid(), 20, Today));
        Assert.Null(index.TopOpeningsForSeeker(Guid.NewGuid(), 20, Today));
    }

    [Fact]
    public void Widening_fills_the_list_only_when_too_few_pass()
    {
        var opening = Opening("5501");
        var exact = Enumerable.Range(0, 3).Select(_ => Seeker("5501")).ToList();
        var related = Seeker("3075");
        var far = Seeker("5501") with { MaxCommuteMinutes = 30, Longitude = LonAt(12) };
        var index = Index();
        index.Rebuild([.. exact, related, far], [opening]);
        var three = index.TopSeekersForOpening(opening.Id, 3, Today)!;
        Assert.All(three, m => Assert.False(m.Widened));
        var five = index.TopSeekersForOpening(opening.Id, 5, Today)!;
        Assert.Equal(5, five.Count);
        Assert.Equal([related.Id, far.Id], five.Skip(3).Select(m => m.SeekerId));
        Assert.All(five.Skip(3), m => Assert.Equal("조건 완화", m.Reasons[0]));
    }

    [Fact]
    public async Task Concurrent_reads_with_writes_stay_consistent()
    {
        var pop = new RandomPopulation(5);
        var seekers = Enumerable.Range(0, 2000).Select(_ => pop.Seeker()).ToList();
        var openings = Enumerable.Range(0, 100).Select(_ => pop.Opening()).ToList();
        var index = Index();
        index.Rebuild(seekers, openings);
        var writer = Task.Run(() =>
        {
            var p = new RandomPopulation(6);
            for (int i = 0; i < 300; i++) index.Upsert(p.Seeker() with { Id = seekers[i].Id });
        });
        Parallel.For(0, 200, i =>
        {
            var list = index.TopSeekersForOpening(openings[i % openings.Count].Id, 20, Today)!;
            Assert.True(list.Count <= 20);
            for (int k = 1; k < list.Count; k++)
                Assert.True(list[k - 1].Widened == list[k].Widened ? list[k - 1].Score >= list[k].Score : !list[k - 1].Widened);
        });
        await writer;
    }
}
