using Matching.Domain.Matching;
using Matching.Domain.Profiles;
using Matching.UnitTests.Matching;
using static Matching.UnitTests.Matching.MatchingFixtures;

namespace Matching.IntegrationTests.Elasticsearch;

/// <summary>
/// One contract for every candidate engine: the ranking scenarios, the fairness invariants, equality with brute
/// force on random populations (also after updates and withdrawals) and widening, through the port alone.
/// </summary>
public sealed class EngineContractTests
{
    private static List<string> Describe(IEnumerable<ScoredMatch> matches)
        => [.. matches.Select(m => $"{m.SeekerId}/{m.OpeningId}/{m.Score}/{m.Widened}/{m.Components}/{string.Join("|", m.Reasons)}")];

    private static List<Guid> SeekersFor(ICandidateIndex index, OpeningProfile opening, params SeekerProfile[] seekers)
    {
        index.Rebuild(seekers, [opening]);
        return [.. index.TopSeekersForOpening(opening.Id, 20, Today)!.Select(m => m.SeekerId)];
    }

    [Theory, EmbeddedEngine, ElasticsearchEngine]
    public void Ranking_scenarios_order_as_a_counsellor_would(string engine)
    {
        using var contract = new EngineContract(engine);
        var index = contract.Index;

        var opening = Opening() with { PreferredSkills = ["치매 케어"] };
        var near = Seeker() with { Certificates = ["요양보호사"], Skills = ["치매 케어"] };
        var far = Seeker() with { Longitude = LonAt(15) };
        Assert.Equal([near.Id, far.Id], SeekersFor(index, opening, far, near));
        Assert.Equal([near.Id], SeekersFor(index, opening with { RequiredCertificates = ["요양보호사"] }, far, near));

        var exact = Seeker("5501");
        var middle = Seeker("5502");
        var major = Seeker("5611");
        Assert.Equal([exact.Id, middle.Id, major.Id], SeekersFor(index, Opening("5501"), major, middle, exact));

        var s5 = Seeker() with { Longitude = LonAt(5) };
        var s1 = Seeker() with { Longitude = LonAt(1) };
        var s12 = Seeker() with { Longitude = LonAt(12) };
        Assert.Equal([s1.Id, s5.Id, s12.Id], SeekersFor(index, Opening(), s12, s5, s1));

        var a = Seeker() with { Id = Guid.Parse("00000000-0000-0000-0000-000000000002") };
        var b = a with { Id = Guid.Parse("00000000-0000-0000-0000-000000000001") };
        Assert.Equal([b.Id, a.Id], SeekersFor(index, Opening(), a, b));

        var seeker = Seeker() with { DesiredWageUnit = WageUnit.Monthly, DesiredWage = 2_500_000 };
        var good = Opening() with { WageUnit = WageUnit.Monthly, WageMin = 2_600_000 };
        var poor = Opening() with { WageUnit = WageUnit.Hourly, WageMin = 10_030 };
        index.Rebuild([seeker], [poor, good]);
        Assert.Equal([good.Id, poor.Id], index.TopOpeningsForSeeker(seeker.Id, 20, Today)!.Select(m => m.OpeningId));
    }

    [Theory, EmbeddedEngine, ElasticsearchEngine]
    public void Widened_results_come_after_unwidened_ones_marked_조건_완화(string engine)
    {
        using var contract = new EngineContract(engine);
        var index = contract.Index;
        var opening = Opening("5501") with { PreferredSkills = ["치매 케어"], WelcomesProgrammes = [Programme.CareerBreakWoman] };
        var weak = Seeker("5420") with { Longitude = LonAt(18) };
        var related = Seeker("3075") with { Skills = ["치매 케어"], Programmes = [Programme.CareerBreakWoman] };
        var far = Seeker("5501") with { MaxCommuteMinutes = 30, Longitude = LonAt(12), Skills = ["치매 케어"] };
        var exact = Enumerable.Range(0, 3).Select(_ => Seeker("5501")).ToList();
        index.Rebuild([far, related, weak, .. exact], [opening]);

        var four = index.TopSeekersForOpening(opening.Id, 4, Today)!;
        Assert.All(four, m => Assert.False(m.Widened));
        var six = index.TopSeekersForOpening(opening.Id, 6, Today)!;
        Assert.Equal([related.Id, far.Id], six.Skip(4).Select(m => m.SeekerId));
        Assert.All(six.Skip(4), m => Assert.Equal("조건 완화", m.Reasons[0]));
        Assert.Equal(Describe(Ranker().TopSeekersForOpening(opening, [far, related, weak, .. exact], 6, Today)), Describe(six));
    }

    [Theory, EmbeddedEngine, ElasticsearchEngine]
    public void Protected_attributes_change_no_score_and_no_rank(string engine)
    {
        using var contract = new EngineContract(engine);
        using var variedContract = new EngineContract(engine);
        var pop = new RandomPopulation(7);
        var seekers = Enumerable.Range(0, 300).Select(_ => pop.Seeker()).ToList();
        var openings = Enumerable.Range(0, 30).Select(_ => pop.Opening()).ToList();
        var varied = seekers.Select(s => s with
        {
            Gender = s.Gender == Gender.Male ? Gender.Female : Gender.Male,
            Nationality = s.Nationality == "KR" ? "VN" : "KR",
            Disability = !s.Disability,
        }).ToList();
        contract.Index.Rebuild(seekers, openings);
        variedContract.Index.Rebuild(varied, openings);
        foreach (var opening in openings)
        {
            Assert.Equal(Describe(contract.Index.TopSeekersForOpening(opening.Id, 20, Today)!), Describe(variedContract.Index.TopSeekersForOpening(opening.Id, 20, Today)!));
        }
    }

    [Theory, EmbeddedEngine, ElasticsearchEngine]
    public void Rankings_equal_brute_force_on_random_populations_also_after_updates_and_withdrawals(string engine)
    {
        using var contract = new EngineContract(engine);
        var index = contract.Index;
        var pop = new RandomPopulation(42);
        var r = new Random(43);
        var seekers = Enumerable.Range(0, 600).Select(_ => pop.Seeker()).ToDictionary(s => s.Id);
        var openings = Enumerable.Range(0, 60).Select(_ => pop.Opening()).ToDictionary(o => o.Id);
        index.Rebuild(seekers.Values, openings.Values);
        AssertBruteForce(index, seekers, openings);
        for (int round = 0; round < 2; round++)
        {
            foreach (var id in seekers.Keys.Where(_ => r.NextDouble() < 0.05).ToList())
            {
                seekers[id] = pop.Seeker() with { Id = id };
                index.Upsert(seekers[id]);
            }

            foreach (var id in seekers.Keys.Where(_ => r.NextDouble() < 0.03).ToList())
            {
                seekers.Remove(id);
                Assert.True(index.RemoveSeeker(id));
            }

            foreach (var id in openings.Keys.Where(_ => r.NextDouble() < 0.1).ToList())
            {
                openings[id] = pop.Opening() with { Id = id };
                index.Upsert(openings[id]);
            }

            foreach (var id in openings.Keys.Where(_ => r.NextDouble() < 0.05).ToList())
            {
                openings.Remove(id);
                Assert.True(index.RemoveOpening(id));
            }

            Assert.Equal(seekers.Count, index.SeekerCount);
            Assert.Equal(openings.Count, index.OpeningCount);
            AssertBruteForce(index, seekers, openings);
        }
    }

    private static void AssertBruteForce(ICandidateIndex index, Dictionary<Guid, SeekerProfile> seekers, Dictionary<Guid, OpeningProfile> openings)
    {
        var ranker = Ranker();
        foreach (var o in openings.Values)
        {
            Assert.Equal(Describe(ranker.TopSeekersForOpening(o, seekers.Values, 20, Today)), Describe(index.TopSeekersForOpening(o.Id, 20, Today)!));
        }

        foreach (var s in seekers.Values.Take(100))
        {
            Assert.Equal(Describe(ranker.TopOpeningsForSeeker(s, openings.Values, 20, Today)), Describe(index.TopOpeningsForSeeker(s.Id, 20, Today)!));
        }
    }

    [Theory, EmbeddedEngine, ElasticsearchEngine]
    public async Task Pairs_are_scored_as_the_scorer_scores_them(string engine)
    {
        using var contract = new EngineContract(engine);
        var pop = new RandomPopulation(3);
        var seekers = Enumerable.Range(0, 50).Select(_ => pop.Seeker()).ToList();
        var openings = Enumerable.Range(0, 10).Select(_ => pop.Opening()).ToList();
        contract.Index.Rebuild(seekers, openings);
        var expected = new List<(Guid, Guid, double)>();
        Scorer().ScoreAll(seekers, openings, Today, (i, j, score) => expected.Add((seekers[i].Id, openings[j].Id, score)));

        var scored = await contract.Index.ScorePairsAsync([.. seekers.Select(s => s.Id)], [.. openings.Select(o => o.Id)], Today);

        Assert.Equal(expected.Order(), scored.Select(p => (p.SeekerId, p.OpeningId, p.Score)).Order());
    }
}
