using Matching.Domain.Profiles;
using Matching.Domain.Validation;

namespace Matching.UnitTests.Validation;

public class MinimumWageTableTests
{
    // What the service configures.
    private static readonly MinimumWageTable Table = new(new Dictionary<int, long> { [2025] = 10_030, [2026] = 10_320 });

    [Theory]
    [InlineData(2025, 10_030L)]
    [InlineData(2026, 10_320L)]
    [InlineData(2027, 10_320L)] // not configured yet: the latest known rate still applies
    [InlineData(2040, 10_320L)]
    [InlineData(2024, null)] // before the table: no check
    [InlineData(1990, null)]
    public void The_hourly_rate_is_that_of_the_latest_year_not_after_the_one_asked(int year, long? expected)
        => Assert.Equal(expected, Table.HourlyFor(year));

    [Fact]
    public void An_hourly_wage_of_10100_is_fine_on_new_years_eve_2025_and_too_low_on_new_years_day_2026()
    {
        Assert.True(Table.Satisfies(WageUnit.Hourly, 10_100, new DateOnly(2025, 12, 31), out var in2025));
        Assert.Equal(10_030, in2025);

        Assert.False(Table.Satisfies(WageUnit.Hourly, 10_100, new DateOnly(2026, 1, 1), out var in2026));
        Assert.Equal(10_320, in2026);
    }

    [Fact]
    public void A_wage_of_exactly_the_minimum_is_enough_and_one_won_less_is_not()
    {
        Assert.True(Table.Satisfies(WageUnit.Hourly, 10_320, 2026, out _));
        Assert.False(Table.Satisfies(WageUnit.Hourly, 10_319, 2026, out _));
    }

    [Fact]
    public void A_monthly_wage_is_compared_at_209_hours_to_the_won()
    {
        Assert.True(Table.Satisfies(WageUnit.Monthly, 2_096_270, 2025, out var minimum));
        Assert.Equal(2_096_270, minimum);
        Assert.Equal(10_030 * 209, minimum);
        Assert.False(Table.Satisfies(WageUnit.Monthly, 2_096_269, 2025, out _));
    }

    [Fact]
    public void The_2026_monthly_minimum_is_2156880()
    {
        Assert.False(Table.Satisfies(WageUnit.Monthly, 2_096_270, 2026, out var minimum));
        Assert.Equal(2_156_880, minimum);
        Assert.True(Table.Satisfies(WageUnit.Monthly, 2_156_880, 2026, out _));
    }

    [Fact]
    public void An_annual_wage_is_compared_at_2508_hours()
    {
        Assert.True(Table.Satisfies(WageUnit.Annual, 25_882_560, 2026, out var minimum));
        Assert.Equal(10_320L * 2_508, minimum);
        Assert.False(Table.Satisfies(WageUnit.Annual, 25_882_559, 2026, out _));
        Assert.True(Table.Satisfies(WageUnit.Annual, 25_155_240, 2025, out _));
    }

    [Theory]
    [InlineData(WageUnit.Hourly)]
    [InlineData(WageUnit.Monthly)]
    [InlineData(WageUnit.Annual)]
    public void A_year_before_the_table_is_not_checked(WageUnit unit)
    {
        Assert.True(Table.Satisfies(unit, 1, 2024, out var minimum));
        Assert.Equal(0, minimum);
    }

    [Fact]
    public void An_empty_table_checks_nothing()
    {
        var empty = new MinimumWageTable(new Dictionary<int, long>());
        Assert.Null(empty.HourlyFor(2026));
        Assert.True(empty.Satisfies(WageUnit.Monthly, 0, 2026, out _));
    }

    [Fact]
    public void A_gap_in_the_table_keeps_the_earlier_rate()
    {
        var gappy = new MinimumWageTable(new Dictionary<int, long> { [2023] = 9_620, [2020] = 8_590 });
        Assert.Equal(8_590, gappy.HourlyFor(2022));
        Assert.Equal(9_620, gappy.HourlyFor(2023));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-10_030L)]
    public void A_rate_that_is_not_positive_is_a_configuration_error(long rate)
        => Assert.Throws<ArgumentException>(() => new MinimumWageTable(new Dictionary<int, long> { [2025] = rate }));

    [Fact]
    public void A_missing_table_is_a_configuration_error()
        => Assert.Throws<ArgumentNullException>(() => new MinimumWageTable(null!));

    [Fact]
    public void The_published_rates_match_the_configured_ones_and_rise_every_year()
    {
        var published = new MinimumWageTable(MinimumWageTable.Published);
        Assert.Equal(10_030, published.HourlyFor(2025));
        Assert.Equal(10_320, published.HourlyFor(2026));
        Assert.Equal(9_860, published.HourlyFor(2024));

        var rates = MinimumWageTable.Published.OrderBy(p => p.Key).Select(p => p.Value).ToArray();
        Assert.True(rates.Zip(rates.Skip(1)).All(pair => pair.First < pair.Second));
    }
}
