using Matching.Domain.Matching;
using Matching.Domain.Profiles;
using static Matching.UnitTests.Matching.MatchingFixtures;

namespace Matching.UnitTests.Matching;

public class ScorerComponentTests
{
    private readonly MatchScorer _scorer = Scorer();

    private ScoredMatch Score(SeekerProfile s, OpeningProfile o)
        => _scorer.Score(s, o, Today) ?? throw new Xunit.Sdk.XunitException($"rejected: {_scorer.Check(s, o, Today)}");

    // ---- occupation ----

    [Theory]
    [InlineData("5501", "5501", 1.0)]   // same 세분류
    [InlineData("550", "5501", 1.0)]    // the wish (소분류) contains the opening
    [InlineData("55", "5501", 1.0)]     // the wish (중분류) contains the opening
    [InlineData("5616", "5611", 0.8)]   // shared 소분류 561
    [InlineData("5502", "5501", 0.8)]   // shared 소분류 550
    [InlineData("5611", "5623", 0.6)]   // shared 중분류 56
    [InlineData("5311", "5420", 0.3)]   // shared 대분류 5
    [InlineData("5501", "55", 0.6)]     // opening coded at 중분류 only
    public void Occupation_proximity_follows_the_deepest_shared_KECO_level(string wish, string opening, double expected)
        => Assert.Equal(expected, Score(Seeker(wish), Opening(opening)).Components.Occupation, 3);

    [Fact]
    public void Related_table_raises_proximity_within_a_branch()
    {
        // 5616 가사 도우미 ↔ 5501 요양 보호사: hierarchy gives 0.6 (중분류 55 vs 56 share only 대분류 5 → 0.3); table says 0.5.
        var m = Score(Seeker("5616"), Opening("5501"));
        Assert.Equal(0.5, m.Components.Occupation, 3);
        Assert.False(m.Widened);
        Assert.Contains("관련 직종(요양 보호사 및 간병인)", m.Reasons);
    }

    [Fact]
    public void Best_wish_counts()
        => Assert.Equal(1.0, Score(Seeker("0272", "8900", "5501"), Opening("5501")).Components.Occupation, 3);

    [Fact]
    public void Exact_match_says_so_with_the_occupation_name()
        => Assert.Contains("희망직종 일치(요양 보호사 및 간병인)", Score(Seeker("5501"), Opening("5501")).Reasons);

    [Fact]
    public void Partial_match_names_the_shared_group()
        => Assert.Contains("유사직종(소분류: 돌봄 서비스 종사자)", Score(Seeker("5502"), Opening("5501")).Reasons);

    [Fact]
    public void Other_major_group_is_rejected_unless_related_or_any_occupation()
    {
        Assert.Equal(MatchRejection.OccupationUnrelated, _scorer.Check(Seeker("0272"), Opening("5501"), Today));
        var any = Score(Seeker("0272") with { AcceptsAnyOccupation = true }, Opening("5501"));
        Assert.Equal(0, any.Components.Occupation);
        Assert.False(any.Widened);
        Assert.Contains("희망직종 외(모든 직종 가능)", any.Reasons);
    }

    [Fact]
    public void Cross_branch_related_occupation_is_a_widened_match()
    {
        // 3075 간호조무사 ↔ 5501 요양 보호사 및 간병인 (different 대분류).
        var m = Score(Seeker("3075"), Opening("5501"));
        Assert.True(m.Widened);
        Assert.Equal(0.7, m.Components.Occupation, 3);
        Assert.Equal("조건 완화", m.Reasons[0]);
    }

    // ---- commute ----

    [Fact]
    public void Same_place_is_full_distance_score()
    {
        var m = Score(Seeker(), Opening());
        Assert.Equal(1.0, m.Components.Distance, 3);
        Assert.Contains("통근 약 5분", m.Reasons);
    }

    [Fact]
    public void Commute_minutes_follow_the_door_to_door_speed()
    {
        // 10 km at 20 km/h = 30 minutes; limit 60 → 1 − 0.5 × 0.5 = 0.75.
        var m = Score(Seeker(), Opening() with { Longitude = LonAt(10) });
        Assert.Equal(0.75, m.Components.Distance, 2);
        Assert.Contains("통근 약 30분", m.Reasons);
        var slow = Scorer(new ScoringOptions { DoorToDoorSpeedKmh = 10 }).Score(Seeker(), Opening() with { Longitude = LonAt(10) }, Today)!;
        Assert.Contains("통근 약 60분", slow.Reasons);
    }

    [Fact]
    public void At_the_limit_is_half_and_unwidened()
    {
        var m = Score(Seeker() with { MaxCommuteMinutes = 30 }, Opening() with { Longitude = LonAt(9.99) });
        Assert.Equal(0.5, m.Components.Distance, 2);
        Assert.False(m.Widened);
    }

    [Fact]
    public void Beyond_the_limit_is_widened_up_to_one_and_a_half_times()
    {
        var seeker = Seeker() with { MaxCommuteMinutes = 30 };
        var m = Score(seeker, Opening() with { Longitude = LonAt(12.5) }); // 37.5 min = 1.25×
        Assert.True(m.Widened);
        Assert.Equal(0.25, m.Components.Distance, 2);
        Assert.Contains("조건 완화", m.Reasons);
        Assert.Equal(MatchRejection.TooFar, _scorer.Check(seeker, Opening() with { Longitude = LonAt(15.1) }, Today));
    }

    [Fact]
    public void No_limit_given_uses_the_default()
        => Assert.Equal(MatchRejection.TooFar, _scorer.Check(Seeker() with { MaxCommuteMinutes = null }, Opening() with { Longitude = LonAt(30.5) }, Today));

    [Fact]
    public void Unknown_location_is_neutral_and_says_so()
    {
        var m = Score(Seeker() with { Latitude = null, Longitude = null }, Opening() with { Longitude = LonAt(200) });
        Assert.Equal(0.5, m.Components.Distance);
        Assert.Contains("거리 정보 없음", m.Reasons);
    }

    [Fact]
    public void Seeker_near_a_commute_bus_stop_reaches_the_industrial_park()
    {
        // Lives at 검암역 (a stop of the 검단산단 and I-FOOD PARK routes) with a 5-minute limit; the park is ~4 km away.
        var seeker = Seeker("8900") with { Latitude = 37.5693, Longitude = 126.6740, MaxCommuteMinutes = 5 };
        var opening = Opening("8900") with { Latitude = 37.5960, Longitude = 126.6390, IndustrialPark = "뷰티풀파크" };
        var m = Score(seeker, opening);
        Assert.False(m.Widened);
        Assert.Equal(0.75, m.Components.Distance, 3);
        Assert.Contains("무료 통근버스 이용 가능(검단산단 뷰티풀파크)", m.Reasons);
        Assert.Equal(MatchRejection.TooFar, _scorer.Check(seeker, opening with { IndustrialPark = null }, Today));
        Assert.Equal(MatchRejection.TooFar, _scorer.Check(seeker, opening with { IndustrialPark = "청라 IHP" }, Today));
    }

    [Fact]
    public void Bus_stop_farther_than_800_m_does_not_count()
    {
        var seeker = Seeker("8900") with { Latitude = 37.5693 + 0.0081, Longitude = 126.6740, MaxCommuteMinutes = 5 }; // ~900 m north
        var opening = Opening("8900") with { Latitude = 37.5960, Longitude = 126.6390, IndustrialPark = "검단산단" };
        Assert.Equal(MatchRejection.TooFar, _scorer.Check(seeker, opening, Today));
    }

    // ---- wage ----

    [Theory]
    [InlineData(WageUnit.Hourly, 12_000, 1.0)]
    [InlineData(WageUnit.Monthly, 2_508_000, 1.0)]   // 209 h
    [InlineData(WageUnit.Annual, 30_096_000, 1.0)]   // 2,508 h
    [InlineData(WageUnit.Hourly, 10_800, 0.5)]       // 90 %
    [InlineData(WageUnit.Hourly, 9_600, 0.0)]        // 80 %
    public void Wage_is_compared_hourly(WageUnit unit, long offer, double expected)
    {
        var seeker = Seeker() with { DesiredWageUnit = WageUnit.Hourly, DesiredWage = 12_000 };
        var m = Score(seeker, Opening() with { WageUnit = unit, WageMin = offer });
        Assert.Equal(expected, m.Components.Wage, 3);
    }

    [Fact]
    public void Wage_reason_shows_the_offer()
    {
        var seeker = Seeker() with { DesiredWageUnit = WageUnit.Monthly, DesiredWage = 2_000_000 };
        Assert.Contains("희망임금 충족(시급 12,000원)", Score(seeker, Opening() with { WageMin = 11_000, WageMax = 12_000 }).Reasons);
        Assert.Contains("희망임금 미달(시급 9,000원)", Score(seeker, Opening() with { WageMin = 9_000 }).Reasons);
    }

    [Fact]
    public void Unknown_desired_wage_is_neutral_and_says_so()
    {
        var m = Score(Seeker(), Opening());
        Assert.Equal(0.5, m.Components.Wage);
        Assert.Contains("희망임금 정보 없음", m.Reasons);
    }

    // ---- conditions ----

    [Fact]
    public void Employment_type_and_hours_make_the_conditions()
    {
        var s = Seeker() with { EmploymentTypes = [EmploymentType.PartTime], MaxWeeklyHours = 30 };
        var match = Score(s, Opening() with { EmploymentType = EmploymentType.PartTime, WorkHours = 25 });
        Assert.Equal(1.0, match.Components.Conditions, 3);
        Assert.Contains("고용형태 일치(시간제)", match.Reasons);
        var over = Score(s, Opening() with { EmploymentType = EmploymentType.Permanent, WorkHours = 35 });
        Assert.Equal(0.3 * 0.5, over.Components.Conditions, 3);
        Assert.Contains("고용형태 불일치(상용직)", over.Reasons);
        Assert.Contains("근로시간 주 35시간(희망보다 5시간 많음)", over.Reasons);
        Assert.Equal(0.5, Score(Seeker(), Opening()).Components.Conditions, 3);
    }

    // ---- skills, experience, education ----

    [Fact]
    public void Skills_overlap_is_the_share_of_preferred_skills_held()
    {
        var m = Score(Seeker() with { Skills = ["치매 케어", " 목욕 보조 ", "운전"] }, Opening() with { PreferredSkills = ["목욕 보조", "치매 케어", "식사 보조"] });
        Assert.Equal(2 / 3.0, m.Components.Skills, 3);
        Assert.Contains("우대 기술 2/3 보유", m.Reasons);
        Assert.Equal(0.5, Score(Seeker(), Opening()).Components.Skills);
    }

    [Fact]
    public void Experience_counts_only_the_same_middle_group()
    {
        var opening = Opening("5501") with { MinExperienceYears = 3 };
        var seeker = Seeker() with { Experience = [new("5502", 1), new("0272", 10)] };
        var m = Score(seeker, opening);
        Assert.Equal(1 / 3.0, m.Components.Experience, 3);
        Assert.Contains("경력 2년 부족", m.Reasons);
        var enough = Score(seeker with { Experience = [new("5501", 2), new("550", 1.5)] }, opening);
        Assert.Equal(1.0, enough.Components.Experience);
        Assert.Contains("경력 요건 충족(3년 이상)", enough.Reasons);
        Assert.Equal(1.0, Score(Seeker(), Opening()).Components.Experience);
    }

    [Theory]
    [InlineData(Education.University, Education.HighSchool, 1.0)]
    [InlineData(Education.HighSchool, Education.HighSchool, 1.0)]
    [InlineData(Education.MiddleSchool, Education.HighSchool, 0.5)]
    [InlineData(Education.None, Education.HighSchool, 0.0)]
    public void Education_meets_or_falls_short(Education seeker, Education required, double expected)
        => Assert.Equal(expected, Score(Seeker() with { Education = seeker }, Opening() with { Education = required }).Components.Education);

    [Fact]
    public void Unknown_education_is_neutral_and_says_so()
    {
        var m = Score(Seeker(), Opening() with { Education = Education.HighSchool });
        Assert.Equal(0.5, m.Components.Education);
        Assert.Contains("학력 정보 없음", m.Reasons);
    }

    // ---- programme ----

    [Theory]
    [InlineData(2000, Programme.Youth, 1.0)]          // 25
    [InlineData(1991, Programme.Youth, 1.0)]          // 34, the last youth year
    [InlineData(1990, Programme.Youth, 0.0)]          // 35
    [InlineData(1970, Programme.NewMiddleAge, 1.0)]   // 55
    [InlineData(1955, Programme.Senior, 1.0)]         // 70
    [InlineData(1970, Programme.Senior, 0.0)]
    public void Age_decides_age_based_programmes(int birthYear, Programme welcomed, double expected)
    {
        var m = Score(Seeker() with { BirthYear = birthYear }, Opening() with { WelcomesProgrammes = [welcomed] });
        Assert.Equal(expected, m.Components.Programme);
    }

    [Fact]
    public void Declared_programmes_fit_when_welcomed()
    {
        var m = Score(Seeker() with { Programmes = [Programme.CareerBreakWoman] }, Opening() with { WelcomesProgrammes = [Programme.CareerBreakWoman, Programme.Disabled] });
        Assert.Equal(1.0, m.Components.Programme);
        Assert.Contains("우대 대상(경력보유여성)", m.Reasons);
        Assert.Equal(0.5, Score(Seeker(), Opening()).Components.Programme);
    }

    [Fact]
    public void Declaring_an_age_programme_does_not_make_an_older_seeker_eligible()
        => Assert.Equal(0, Score(Seeker() with { BirthYear = 1960, Programmes = [Programme.Youth] }, Opening() with { WelcomesProgrammes = [Programme.Youth] }).Components.Programme);

    // ---- freshness ----

    [Fact]
    public void Freshness_halves_every_half_life()
    {
        Assert.Equal(1.0, Score(Seeker(), Opening()).Components.Freshness, 3);
        var old = Score(Seeker() with { UpdatedAt = Now.AddDays(-30) }, Opening() with { PostedAt = Now.AddDays(-30) });
        Assert.Equal(0.5, old.Components.Freshness, 3);
        var oneSide = Score(Seeker(), Opening() with { PostedAt = Now.AddDays(-60) });
        Assert.Equal((1 + 0.25) / 2, oneSide.Components.Freshness, 3);
    }

    // ---- totals ----

    [Fact]
    public void Perfect_pair_scores_100_and_weights_are_configurable()
    {
        var seeker = Seeker() with
        {
            DesiredWageUnit = WageUnit.Hourly, DesiredWage = 10_000, EmploymentTypes = [EmploymentType.Permanent], MaxWeeklyHours = 40,
            Skills = ["a"], Education = Education.HighSchool, Programmes = [Programme.LowIncome], Experience = [new("5501", 5)],
        };
        var opening = Opening() with { WorkHours = 40, PreferredSkills = ["a"], Education = Education.HighSchool, WelcomesProgrammes = [Programme.LowIncome], MinExperienceYears = 1 };
        Assert.Equal(100, Score(seeker, opening).Score);
        var onlyWage = new ScoringOptions
        {
            OccupationWeight = 0, DistanceWeight = 0, WageWeight = 1, ConditionsWeight = 0, SkillsWeight = 0,
            ExperienceWeight = 0, EducationWeight = 0, ProgrammeWeight = 0, FreshnessWeight = 0,
        };
        Assert.Equal(50, Scorer(onlyWage).Score(Seeker(), Opening(), Today)!.Score);
    }

    [Fact]
    public void Score_is_rounded_to_one_decimal_and_within_0_to_100()
    {
        var m = Score(Seeker("5311") with { MaxCommuteMinutes = 20 }, Opening("5420") with { Longitude = LonAt(9.9), PostedAt = Now.AddDays(-400) });
        Assert.InRange(m.Score, 0, 100);
        Assert.Equal(Math.Round(m.Score, 1), m.Score);
    }
}
