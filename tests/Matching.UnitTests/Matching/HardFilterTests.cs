using Matching.Domain.Matching;
using static Matching.UnitTests.Matching.MatchingFixtures;

namespace Matching.UnitTests.Matching;

public class HardFilterTests
{
    private readonly MatchScorer _scorer = Scorer();

    [Fact]
    public void Baseline_pair_passes() => Assert.Equal(MatchRejection.None, _scorer.Check(Seeker(), Opening(), Today));

    [Fact]
    public void Inactive_seeker_is_never_matched()
        => Assert.Equal(MatchRejection.SeekerInactive, _scorer.Check(Seeker() with { Active = false }, Opening(), Today));

    [Fact]
    public void Seeker_without_consent_is_never_matched()
    {
        Assert.Equal(MatchRejection.NoConsent, _scorer.Check(Seeker() with { ConsentToMatching = false }, Opening(), Today));
        Assert.Null(_scorer.Score(Seeker() with { ConsentToMatching = false }, Opening(), Today));
    }

    [Fact]
    public void Inactive_opening_is_never_matched()
        => Assert.Equal(MatchRejection.OpeningInactive, _scorer.Check(Seeker(), Opening() with { Active = false }, Today));

    [Fact]
    public void Opening_is_open_through_its_closing_day()
    {
        Assert.Equal(MatchRejection.None, _scorer.Check(Seeker(), Opening() with { ClosesOn = Today }, Today));
        Assert.Equal(MatchRejection.OpeningClosed, _scorer.Check(Seeker(), Opening() with { ClosesOn = Today.AddDays(-1) }, Today));
    }

    [Fact]
    public void Filled_headcount_closes_the_opening()
    {
        Assert.Equal(MatchRejection.None, _scorer.Check(Seeker(), Opening() with { Headcount = 3, Filled = 2 }, Today));
        Assert.Equal(MatchRejection.HeadcountFilled, _scorer.Check(Seeker(), Opening() with { Headcount = 3, Filled = 3 }, Today));
    }

    [Fact]
    public void Every_required_certificate_must_be_held()
    {
        var opening = Opening() with { RequiredCertificates = ["요양보호사 1급", "운전면허 1종 보통"] };
        Assert.Equal(MatchRejection.MissingCertificate, _scorer.Check(Seeker() with { Certificates = ["요양보호사 1급"] }, opening, Today));
        var holder = Seeker() with { Certificates = ["운전면허 1종 보통", "요양보호사 1급", "조리기능사"] };
        Assert.Equal(MatchRejection.None, _scorer.Check(holder, opening, Today));
        Assert.Contains("필수 자격증 보유", _scorer.Score(holder, opening, Today)!.Reasons);
    }

    [Fact]
    public void Certificate_names_compare_without_case_or_outer_spaces()
        => Assert.Equal(MatchRejection.None, _scorer.Check(Seeker() with { Certificates = [" sqld "] }, Opening() with { RequiredCertificates = ["SQLD"] }, Today));

    [Fact]
    public void Unrelated_occupation_is_filtered_and_any_occupation_lifts_it()
    {
        Assert.Equal(MatchRejection.OccupationUnrelated, _scorer.Check(Seeker("1332"), Opening("5501"), Today));
        Assert.Equal(MatchRejection.None, _scorer.Check(Seeker("1332") with { AcceptsAnyOccupation = true }, Opening("5501"), Today));
        Assert.Equal(MatchRejection.None, _scorer.Check(Seeker("5"), Opening("5501"), Today));
    }

    [Fact]
    public void Too_far_beyond_the_widened_limit_is_filtered()
        => Assert.Equal(MatchRejection.TooFar, _scorer.Check(Seeker() with { MaxCommuteMinutes = 20 }, Opening() with { Longitude = LonAt(10.1) }, Today));
}
