using Matching.Domain.Matching;
using Matching.Domain.Matching.TwoPhase;
using static Matching.UnitTests.Matching.MatchingFixtures;

namespace Matching.UnitTests.Matching.TwoPhase;

/// <summary>
/// What phase one promises, checked pair by pair against the scorer on random populations: every pair the scorer
/// accepts passes the filters, and the approximate score never falls below the pair's exact rank key.
/// </summary>
public class PhaseOneTests
{
    public static TheoryData<int, double> Populations => new() { { 1, 1.0 }, { 2, 0.2 }, { 3, 4.0 } };

    private static (double Key, bool Accepted) Exact(ScoringOptions options, SeekerProfile s, OpeningProfile o, DateOnly today)
    {
        var fs = new FeatureSpace(options, Related, Routes);
        PairScorer.Evaluate(fs, fs.Compile(s), fs.Compile(o), today.DayNumber, today.Year, out var e);
        return (RankKey.Of(e.Tier, e.Total), e.Rejection == MatchRejection.None);
    }

    private static void AssertBounds(ScoringOptions options, int seed, double spread, DateOnly today)
    {
        var pop = new RandomPopulation(seed, spread);
        var seekers = Enumerable.Range(0, 400).Select(_ => pop.Seeker()).ToList();
        var openings = Enumerable.Range(0, 60).Select(_ => pop.Opening()).ToList();
        var queries = new CandidateQueries(options, Related, Routes);
        var (seekerDocs, openingDocs) = PlanEvaluator.Of(new IndexedProfiles(options, Routes), seekers, openings);
        var forSeekers = seekers.Select(s => queries.OpeningsFor(s, today)).ToList();
        int accepted = 0, filteredOut = 0;
        for (int j = 0; j < openings.Count; j++)
        {
            var forOpening = queries.SeekersFor(openings[j], today);
            for (int i = 0; i < seekers.Count; i++)
            {
                var forSeeker = forSeekers[i];
                var (key, ok) = Exact(options, seekers[i], openings[j], today);
                if (!ok)
                {
                    if (!seekerDocs[i].Passes(forOpening)) filteredOut++;
                    continue;
                }
                accepted++;
                Assert.True(seekerDocs[i].Passes(forOpening), $"seeker {seekers[i].Id} filtered out of opening {openings[j].Id}");
                Assert.True(openingDocs[j].Passes(forSeeker), $"opening {openings[j].Id} filtered out of seeker {seekers[i].Id}");
                Assert.True(seekerDocs[i].Score(forOpening) >= key, $"seeker side: {seekerDocs[i].Score(forOpening)} < {key}");
                Assert.True(openingDocs[j].Score(forSeeker) >= key, $"opening side: {openingDocs[j].Score(forSeeker)} < {key}");
            }
        }
        // Both outcomes must occur, or the population proves nothing.
        Assert.True(accepted > 200, $"only {accepted} accepted pairs");
        Assert.True(filteredOut > 200, $"only {filteredOut} rejected pairs filtered");
    }

    [Theory]
    [MemberData(nameof(Populations))]
    public void Filters_pass_every_accepted_pair_and_the_score_bounds_its_key(int seed, double spread)
    {
        AssertBounds(new ScoringOptions(), seed, spread, Today);
        AssertBounds(new ScoringOptions(), seed, spread, Today.AddDays(25));
    }

    [Fact]
    public void Bounds_hold_under_other_weights_and_level_scores()
    {
        var options = new ScoringOptions
        {
            OccupationWeight = 5, DistanceWeight = 40, WageWeight = 1, SkillsWeight = 20, ProgrammeWeight = 0,
            MinorGroupScore = 0.2, MiddleGroupScore = 0.9, MajorGroupScore = 0, Neutral = 0.9, BusReachableScore = 1,
            DefaultMaxCommuteMinutes = 90, CommuteWideningFactor = 2, FreshnessHalfLifeDays = 3,
        };
        AssertBounds(options, 4, 1.0, Today);
    }

    [Fact]
    public void Restored_profiles_score_exactly_as_the_originals()
    {
        var pop = new RandomPopulation(9);
        var documents = new IndexedProfiles(new ScoringOptions(), Routes);
        var scorer = Scorer();
        for (int i = 0; i < 300; i++)
        {
            var s = pop.Seeker();
            var o = pop.Opening();
            var restored = scorer.Score(IndexedProfiles.Restore(documents.Index(s)), IndexedProfiles.Restore(documents.Index(o)), Today);
            var original = scorer.Score(s, o, Today);
            Assert.Equal(Describe(original), Describe(restored));
        }
    }

    [Fact]
    public void Documents_hold_no_personal_data()
    {
        var seeker = Seeker() with { DisplayName = "홍길동", Gender = Domain.Profiles.Gender.Male, Nationality = "VN", Disability = true };
        var names = typeof(IndexedSeeker).GetProperties().Select(p => p.Name).ToList();
        Assert.DoesNotContain(names, n => n is "DisplayName" or "Name" or "Gender" or "Nationality" or "Disability" or "Phone" or "Email" or "Address");
        var document = new IndexedProfiles(new ScoringOptions(), Routes).Index(seeker);
        Assert.DoesNotContain("홍길동", document.ToString());
    }

    private static string Describe(ScoredMatch? m) =>
        m is null ? "rejected" : $"{m.Score}/{m.Widened}/{m.Components}/{string.Join("|", m.Reasons)}";
}
