using Matching.Domain.Matching;
using Matching.Domain.Profiles;
using static Matching.UnitTests.Matching.MatchingFixtures;

namespace Matching.UnitTests.Matching;

/// <summary>Orders a counsellor would agree with.</summary>
public class RankingScenarioTests
{
    private readonly MatchRanker _ranker = Ranker();

    private List<Guid> SeekersFor(OpeningProfile opening, params SeekerProfile[] seekers)
        => [.. _ranker.TopSeekersForOpening(opening, seekers, 20, Today).Select(m => m.SeekerId)];

    [Fact]
    public void Certificate_holder_nearby_ranks_above_a_distant_seeker_without_it()
    {
        var opening = Opening() with { PreferredSkills = ["치매 케어"] };
        var near = Seeker() with { Certificates = ["요양보호사"], Skills = ["치매 케어"] };
        var far = Seeker() with { Longitude = LonAt(15) };
        Assert.Equal([near.Id, far.Id], SeekersFor(opening, far, near));
        // When the certificate is required the seeker without it is not listed at all.
        Assert.Equal([near.Id], SeekersFor(opening with { RequiredCertificates = ["요양보호사"] }, far, near));
    }

    [Fact]
    public void Exact_sub_group_match_ranks_above_a_middle_group_match_at_equal_distance()
    {
        var exact = Seeker("5501");
        var middle = Seeker("5502");
        var major = Seeker("5611");
        Assert.Equal([exact.Id, middle.Id, major.Id], SeekersFor(Opening("5501"), major, middle, exact));
    }

    [Fact]
    public void Nearer_seeker_ranks_higher_all_else_equal()
    {
        var s5 = Seeker() with { Longitude = LonAt(5) };
        var s1 = Seeker() with { Longitude = LonAt(1) };
        var s12 = Seeker() with { Longitude = LonAt(12) };
        Assert.Equal([s1.Id, s5.Id, s12.Id], SeekersFor(Opening(), s12, s5, s1));
    }

    [Fact]
    public void Opening_meeting_the_wage_ranks_above_one_below_it()
    {
        var seeker = Seeker() with { DesiredWageUnit = WageUnit.Monthly, DesiredWage = 2_500_000 };
        var good = Opening() with { WageUnit = WageUnit.Monthly, WageMin = 2_600_000 };
        var poor = Opening() with { WageUnit = WageUnit.Hourly, WageMin = 10_030 };
        var ranked = _ranker.TopOpeningsForSeeker(seeker, [poor, good], 20, Today);
        Assert.Equal([good.Id, poor.Id], ranked.Select(m => m.OpeningId));
    }

    [Fact]
    public void Widened_results_never_outrank_unwidened_ones()
    {
        var opening = Opening("5501") with { PreferredSkills = ["치매 케어"], WelcomesProgrammes = [Programme.CareerBreakWoman] };
        // A weak but unwidened match: shares only 대분류, far, no skills.
        var weak = Seeker("5420") with { Longitude = LonAt(18) };
        // Strong but widened: related occupation across branches (3075 간호조무사), next door, every skill.
        var related = Seeker("3075") with { Skills = ["치매 케어"], Programmes = [Programme.CareerBreakWoman] };
        // Strong but widened: exact occupation, 1.2× the commute limit.
        var far = Seeker("5501") with { MaxCommuteMinutes = 30, Longitude = LonAt(12), Skills = ["치매 케어"] };
        var ranked = _ranker.TopSeekersForOpening(opening, [far, related, weak], 20, Today);
        Assert.Equal([weak.Id, related.Id, far.Id], ranked.Select(m => m.SeekerId));
        Assert.False(ranked[0].Widened);
        Assert.True(ranked[1].Score > ranked[0].Score);
        Assert.All(ranked.Skip(1), m => Assert.Contains("조건 완화", m.Reasons));
    }

    [Fact]
    public void Ties_are_broken_by_id_so_every_run_agrees()
    {
        var a = Seeker() with { Id = Guid.Parse("00000000-0000-0000-0000-000000000002") };
        var b = a with { Id = Guid.Parse("00000000-0000-0000-0000-000000000001") };
        Assert.Equal([b.Id, a.Id], SeekersFor(Opening(), a, b));
    }
}
