using Matching.Api.Web;
using Matching.Domain.Profiles;

namespace Matching.WebTests.Formats;

public sealed class KoreanTests
{
    [Theory]
    [InlineData(2026, 3, 6, "2026-03-06 (금)")]
    [InlineData(2026, 11, 30, "2026-11-30 (월)")]
    [InlineData(2025, 1, 5, "2025-01-05 (일)")]
    public void Dates_carry_their_weekday(int y, int m, int d, string expected) =>
        Assert.Equal(expected, Korean.Date(new DateOnly(y, m, d)));

    [Fact]
    public void Instants_are_shown_in_korea_time() =>
        Assert.Equal("2026-03-06 (금) 09:05", Korean.DateTime(new DateTimeOffset(2026, 3, 6, 0, 5, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData(WageUnit.Hourly, 10_320, "시급 10,320원")]
    [InlineData(WageUnit.Monthly, 2_156_880, "월급 2,156,880원")]
    [InlineData(WageUnit.Annual, 32_000_000, "연봉 32,000,000원")]
    public void Wages_name_their_unit_and_group_thousands(WageUnit unit, long amount, string expected) =>
        Assert.Equal(expected, Korean.Wage(unit, amount));

    [Fact]
    public void A_wage_range_shows_both_ends_only_when_they_differ()
    {
        Assert.Equal("월급 2,200,000원 ~ 2,600,000원", Korean.WageRange(WageUnit.Monthly, 2_200_000, 2_600_000));
        Assert.Equal("시급 12,000원", Korean.WageRange(WageUnit.Hourly, 12_000, 12_000));
        Assert.Equal("시급 12,000원", Korean.WageRange(WageUnit.Hourly, 12_000, null));
    }

    [Fact]
    public void Every_profile_value_has_a_korean_name()
    {
        foreach (var t in Enum.GetValues<EmploymentType>())
        {
            Assert.NotEqual(t.ToString(), t.Korean());
        }

        foreach (var p in Enum.GetValues<Programme>())
        {
            Assert.NotEqual(p.ToString(), p.Korean());
        }

        foreach (var e in Enum.GetValues<Education>())
        {
            Assert.NotEqual(e.ToString(), e.Korean());
        }

        foreach (var s in Enum.GetValues<Matching.Domain.Referrals.ReferralStatus>())
        {
            Assert.NotEqual(s.ToString(), Matching.Domain.Referrals.ReferralStatusNames.Korean(s));
        }
    }
}
