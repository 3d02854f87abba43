using Matching.Domain.Validation;

namespace Matching.UnitTests.Validation;

public class BirthYearRuleTests
{
    [Theory]
    [InlineData(2011, 2026)] // 15, the youngest who may work
    [InlineData(1990, 2026)]
    [InlineData(1960, 2026)]
    [InlineData(1926, 2026)] // 100
    [InlineData(2010, 2025)]
    public void Ages_from_15_to_100_are_plausible(int birthYear, int currentYear)
        => Assert.True(BirthYearRule.IsValid(birthYear, currentYear));

    [Theory]
    [InlineData(2012, 2026)] // 14
    [InlineData(1925, 2026)] // 101
    [InlineData(2026, 2026)]
    [InlineData(2030, 2026)] // born in the future
    [InlineData(0, 2026)]
    [InlineData(26, 2026)] // a two-digit year
    [InlineData(90, 2026)]
    public void Ages_outside_15_to_100_are_refused(int birthYear, int currentYear)
        => Assert.False(BirthYearRule.IsValid(birthYear, currentYear));

    [Fact]
    public void Age_is_counted_by_year_of_birth()
        => Assert.Equal(36, BirthYearRule.AgeIn(1990, 2026));
}
