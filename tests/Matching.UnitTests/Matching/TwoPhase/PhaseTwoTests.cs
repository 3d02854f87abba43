using Matching.Domain.Matching;
using Matching.Domain.Matching.TwoPhase;
using static Matching.UnitTests.Matching.MatchingFixtures;

namespace Matching.UnitTests.Matching.TwoPhase;

/// <summary>
/// Phase two over a phase one done in memory: whatever order the approximate scores put candidates in, as long as
/// they bound the exact keys, the result is exactly the brute-force ranking.
/// </summary>
public class PhaseTwoTests
{
    private static readonly ScoringOptions Options = new();

    private static List<string> Describe(IEnumerable<ScoredMatch> matches)
        => [.. matches.Select(m => $"{m.SeekerId}/{m.OpeningId}/{m.Score}/{m.Widened}/{m.Components}/{string.Join("|", m.Reasons)}")];

    /// <summary>Phase one as an engine would run it: filter, sort by score (then id), hand out pages.</summary>
    private static Func<int, CancellationToken, ValueTask<CandidatePage<T>>> Pages<T>(IEnumerable<(T Candidate, double Score, Guid Id)> passed)
    {
        var sorted = passed.OrderByDescending(c => c.Score).ThenBy(c => c.Id).ToList();
        int next = 0;
        return (size, _) =>
        {
            var page = sorted.Skip(next).Take(size).ToList();
            next += page.Count;
            return ValueTask.FromResult(new CandidatePage<T>([.. page.Select(c => c.Candidate)], page.Count == 0 ? 0 : page[^1].Score, next >= sorted.Count));
        };
    }

    private static async Task<ExactTopN> SeekersAsync(OpeningProfile opening, List<SeekerProfile> seekers, int top, int firstPage, Func<SeekerProfile, double, double>? distort = null)
    {
        var documents = new IndexedProfiles(Options, Routes);
        var query = new CandidateQueries(Options, Related, Routes).SeekersFor(opening, Today);
        var passed = seekers.Select(s => (s, e: PlanEvaluator.Of(documents.Index(s)))).Where(x => x.e.Passes(query))
            .Select(x => (x.s, Score: (distort ?? ((_, v) => v))(x.s, x.e.Score(query)), x.s.Id));
        var ranking = ExactTopN.SeekersFor(opening, top, Today, Options, Related, Routes, Names);
        await ranking.RankAsync(Pages(passed), firstPage, 1_000);
        return ranking;
    }

    private static (List<SeekerProfile> Seekers, List<OpeningProfile> Openings) Population(int seed, int seekers, int openings)
    {
        var pop = new RandomPopulation(seed);
        return (Enumerable.Range(0, seekers).Select(_ => pop.Seeker()).ToList(), Enumerable.Range(0, openings).Select(_ => pop.Opening()).ToList());
    }

    [Theory]
    [InlineData(1, 20, 25)]
    [InlineData(2, 5, 5)]
    [InlineData(3, 50, 10)]
    public async Task Both_directions_equal_brute_force(int seed, int top, int firstPage)
    {
        var (seekers, openings) = Population(seed, 800, 80);
        var ranker = Ranker();
        var documents = new IndexedProfiles(Options, Routes);
        var queries = new CandidateQueries(Options, Related, Routes);
        foreach (var opening in openings)
        {
            var ranking = await SeekersAsync(opening, seekers, top, firstPage);
            Assert.Equal(Describe(ranker.TopSeekersForOpening(opening, seekers, top, Today)), Describe(ranking.Result()));
        }
        foreach (var seeker in seekers.Take(150))
        {
            var query = queries.OpeningsFor(seeker, Today);
            var passed = openings.Select(o => (o, e: PlanEvaluator.Of(documents.Index(o)))).Where(x => x.e.Passes(query)).Select(x => (x.o, x.e.Score(query), x.o.Id));
            var ranking = ExactTopN.OpeningsFor(seeker, top, Today, Options, Related, Routes, Names);
            var result = await ranking.RankAsync(Pages(passed), firstPage, 1_000);
            Assert.Equal(Describe(ranker.TopOpeningsForSeeker(seeker, openings, top, Today)), Describe(result));
        }
    }

    [Fact]
    public async Task A_candidate_that_phase_one_ranks_first_but_scores_last_does_not_stop_the_search()
    {
        // Phase one sees the skill and the nearby place but cannot know the wage falls short: it puts "near" first.
        var opening = Opening() with { PreferredSkills = ["치매 케어"], WageUnit = Domain.Profiles.WageUnit.Hourly, WageMin = 10_030 };
        var near = Seeker() with { Skills = ["치매 케어"], DesiredWageUnit = Domain.Profiles.WageUnit.Hourly, DesiredWage = 12_400 };
        var others = Enumerable.Range(1, 6).Select(i => Seeker() with { Longitude = LonAt(i * 0.8), DesiredWageUnit = Domain.Profiles.WageUnit.Hourly, DesiredWage = 10_000 }).ToList();
        List<SeekerProfile> all = [near, .. others];

        var ranking = await SeekersAsync(opening, all, top: 1, firstPage: 1);

        var exact = Ranker().TopSeekersForOpening(opening, all, 1, Today);
        Assert.NotEqual(near.Id, exact[0].SeekerId);
        Assert.Equal(Describe(exact), Describe(ranking.Result()));
        Assert.True(ranking.Pages > 1, "the first page alone could not prove the top");
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public async Task Any_bound_above_the_exact_key_gives_the_exact_top_whatever_order_it_makes(int seed)
    {
        // Random slack on top of the plan's bound reorders phase one freely; only the bound property is kept.
        var (seekers, openings) = Population(seed, 600, 30);
        var noise = new Random(seed);
        int disagreements = 0;
        foreach (var opening in openings)
        {
            var ranking = await SeekersAsync(opening, seekers, 10, 8, (_, v) => v + noise.NextDouble() * 60);
            var exact = Ranker().TopSeekersForOpening(opening, seekers, 10, Today);
            Assert.Equal(Describe(exact), Describe(ranking.Result()));
            if (ranking.Pages > 1) disagreements++;
        }
        Assert.True(disagreements > 0, "the noise never forced a second page");
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    public async Task A_query_and_its_rankings_share_one_compiled_subject_and_rank_as_before(int seed)
    {
        var (seekers, openings) = Population(seed, 400, 40);
        var (seekerDocs, openingDocs) = PlanEvaluator.Of(new IndexedProfiles(Options, Routes), seekers, openings);
        var queries = new CandidateQueries(Options, Related, Routes);
        int withPooledLists = 0;
        foreach (var opening in openings)
        {
            withPooledLists += await AssertOneCompileAsync(ExactTopN.SeekersFor(opening, 10, Today, Options, Related, Routes, Names),
                r => queries.SeekersFor(opening, r), queries.SeekersFor(opening, Today), fs => fs.OpeningPoolCount,
                seekers, seekerDocs, s => s.Id, Ranker().TopSeekersForOpening(opening, seekers, 10, Today)) > 0 ? 1 : 0;
        }

        foreach (var seeker in seekers.Take(60))
        {
            withPooledLists += await AssertOneCompileAsync(ExactTopN.OpeningsFor(seeker, 10, Today, Options, Related, Routes, Names),
                r => queries.OpeningsFor(seeker, r), queries.OpeningsFor(seeker, Today), fs => fs.SeekerPoolCount,
                openings, openingDocs, o => o.Id, Ranker().TopOpeningsForSeeker(seeker, openings, 10, Today)) > 0 ? 1 : 0;
        }

        Assert.True(withPooledLists > 20, "too few subjects hold certificates or skills to show a second compile");
        Assert.Throws<ArgumentException>(() => queries.SeekersFor(openings[1], ExactTopN.SeekersFor(openings[0], 10, Today, Options, Related, Routes)));
    }

    /// <summary>
    /// Phase one built from what <paramref name="ranking"/> compiled reads as the one built <paramref name="alone"/>;
    /// neither it nor the ranking that starts over (after some offers) compiles the subject again, and that ranking is
    /// exact. Returns how many pool entries the subject took.
    /// </summary>
    private static async Task<int> AssertOneCompileAsync<T>(ExactTopN ranking, Func<ExactTopN, CandidateQuery> shared, CandidateQuery alone,
        Func<FeatureSpace, int> pooled, List<T> candidates, List<PlanEvaluator> documents, Func<T, Guid> id, IReadOnlyList<ScoredMatch> exact)
        where T : class
    {
        int compiled = pooled(ranking.Space);
        var query = shared(ranking);
        ranking.Offer(candidates.Take(20));
        var again = ranking.Again();

        Assert.Same(ranking.Space, again.Space);
        Assert.Equal(compiled, pooled(again.Space));
        AssertSameQuery(alone, query, documents);
        var passed = candidates.Zip(documents).Where(x => x.Second.Passes(query)).Select(x => (x.First, x.Second.Score(query), id(x.First)));
        Assert.Equal(Describe(exact), Describe(await again.RankAsync(Pages(passed), 8, 1_000)));
        return compiled;
    }

    /// <summary>Both queries admit and score every candidate alike.</summary>
    private static void AssertSameQuery(CandidateQuery expected, CandidateQuery actual, List<PlanEvaluator> candidates)
    {
        foreach (var c in candidates)
        {
            Assert.Equal(c.Passes(expected), c.Passes(actual));
            Assert.Equal(c.Score(expected), c.Score(actual));
        }
    }

    [Fact]
    public void A_full_top_proves_only_a_bound_strictly_below_its_worst_key()
    {
        var opening = Opening();
        var ranking = ExactTopN.SeekersFor(opening, 1, Today, Options, Related, Routes);
        Assert.False(ranking.Proves(0));
        ranking.Offer(Seeker());
        var worst = RankKey.Of(0, ranking.Result()[0].Score);
        Assert.True(ranking.Proves(worst - 1));
        Assert.False(ranking.Proves(worst + 1));
    }
}
