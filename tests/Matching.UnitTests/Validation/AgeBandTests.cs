using Matching.Domain.Validation;

namespace Matching.UnitTests.Validation;

public class AgeBandTests
{
    [Theory]
    [InlineData(0, "29세 이하")]
    [InlineData(15, "29세 이하")]
    [InlineData(29, "29세 이하")]
    [InlineData(30, "30대")]
    [InlineData(39, "30대")]
    [InlineData(40, "40대")]
    [InlineData(49, "40대")]
    [InlineData(50, "50대")]
    [InlineData(59, "50대")]
    [InlineData(60, "60세 이상")]
    [InlineData(100, "60세 이상")]
    public void Each_age_falls_in_one_band(int age, string band)
        => Assert.Equal(band, AgeBand.AgeBandOf(age));

    [Fact]
    public void A_negative_age_is_a_programming_error()
        => Assert.Throws<ArgumentOutOfRangeException>(() => AgeBand.AgeBandOf(-1));

    [Fact]
    public void The_bands_are_listed_youngest_first_as_in_the_statistics()
        => Assert.Equal(["29세 이하", "30대", "40대", "50대", "60세 이상"], AgeBand.All);

    [Fact]
    public void Every_age_maps_to_a_listed_band()
    {
        for (var age = 0; age <= 120; age++)
            Assert.Contains(AgeBand.AgeBandOf(age), AgeBand.All);
    }

    [Theory]
    [InlineData(1996, 2026, "30대")]
    [InlineData(1997, 2026, "29세 이하")]
    [InlineData(1966, 2026, "60세 이상")]
    public void The_band_of_a_birth_year_uses_the_age_in_that_year(int birthYear, int year, string band)
        => Assert.Equal(band, AgeBand.OfBirthYear(birthYear, year));
}
