using Matching.Domain.Exports;
using Matching.Domain.Profiles;
using Matching.Domain.Statistics;

namespace Matching.UnitTests.Statistics;

public sealed class LabourMarketTablesTests
{
    private static readonly DateOnly From = new(2024, 1, 1);
    private static readonly DateOnly To = new(2024, 12, 31);

    private static LabourMarketReport Build(OpeningFact[] openings, PersonFact[] seekers, PersonFact[]? placements = null) =>
        LabourMarketTables.Build(From, To, openings, seekers, placements ?? []);

    [Fact]
    public void Rows_are_the_35_middle_groups_then_two_genders_and_five_age_bands()
    {
        var report = Build([], []);
        Assert.Equal(35, report.ByOccupation.Count);
        Assert.Equal("01", report.ByOccupation[0].Key);
        Assert.Equal("90", report.ByOccupation[^1].Key);
        Assert.Equal(["남", "여"], report.ByGender.Select(r => r.Name));
        Assert.Equal(["29세 이하", "30대", "40대", "50대", "60세 이상"], report.ByAgeBand.Select(r => r.Name));
        Assert.Null(report.Total.OpeningsPerSeeker);
        Assert.Null(report.Total.PlacementRate);
    }

    [Fact]
    public void A_seeker_counts_under_the_middle_group_of_the_first_occupation_and_the_age_at_registration()
    {
        var report = Build(
            [new OpeningFact("5501", 3), new OpeningFact(null, 2)],
            [new PersonFact("5501", Gender.Female, 1995, new DateOnly(2024, 3, 1)), new PersonFact("0", Gender.Male, 1964, new DateOnly(2024, 3, 1), 3)],
            [new PersonFact(null, Gender.Female, 1994, new DateOnly(2023, 12, 1))]);

        var care = report.ByOccupation.Single(r => r.Key == "55");
        Assert.Equal((3, 1, 3.0m), (care.OpeningsHeadcount, care.NewSeekers, care.OpeningsPerSeeker));
        Assert.Equal(1, report.ByOccupation.Sum(r => r.NewSeekers));
        Assert.Equal((5, 4, 1), (report.Total.OpeningsHeadcount, report.Total.NewSeekers, report.Total.Placements));
        Assert.Equal(1, report.ByAgeBand[0].NewSeekers);
        Assert.Equal(3, report.ByAgeBand[4].NewSeekers);

        // Registered in 2023 aged 29: still 29세 이하 when placed in 2024.
        Assert.Equal(1, report.ByAgeBand[0].Placements);
        Assert.Equal(25.0m, report.Total.PlacementRate);
    }

    [Theory]
    [InlineData(1, 40, 0.0)]
    [InlineData(1, 20, 0.1)]
    [InlineData(31_544, 62_237, 0.5)]
    [InlineData(797, 308, 2.6)]
    public void The_ratio_is_rounded_half_away_from_zero_to_one_decimal(int headcount, int seekers, double expected) =>
        Assert.Equal((decimal)expected, LabourMarketTables.MakeRow("k", "n", headcount, seekers, 0).OpeningsPerSeeker);

    [Fact]
    public void Year_on_year_changes_follow_the_published_columns()
    {
        Assert.Equal(new Change(37_586, 31_544, -6_042, -16.1m), LabourMarketChanges.Count(37_586, 31_544));
        Assert.Equal(new Change(0, 5, 5, null), LabourMarketChanges.Count(0, 5));
        Assert.Equal(new Change(28.7m, 30.5m, 1.8m, null), LabourMarketChanges.Ratio(28.7m, 30.5m));
    }

    [Fact]
    public void The_csv_starts_with_a_byte_order_mark()
    {
        var bytes = CsvFile.ToBytes(w => LabourMarketCsv.Write(Build([], []), w));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
    }
}
