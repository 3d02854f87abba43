namespace Matching.Domain.Statistics;

/// <summary>A figure in two periods with its 증감 and, for counts, its 증감률 (%).</summary>
public sealed record Change(decimal? Previous, decimal? Current, decimal? Difference, decimal? Rate);

public sealed record LabourMarketChangeRow(
    string Key,
    string Name,
    Change OpeningsHeadcount,
    Change NewSeekers,
    Change OpeningsPerSeeker,
    Change Placements,
    Change PlacementRate);

public sealed record LabourMarketComparison(
    LabourMarketReport Previous,
    LabourMarketReport Current,
    LabourMarketChangeRow Total,
    IReadOnlyList<LabourMarketChangeRow> ByOccupation,
    IReadOnlyList<LabourMarketChangeRow> ByGender,
    IReadOnlyList<LabourMarketChangeRow> ByAgeBand);

/// <summary>
/// The 전년대비 columns of the published tables: 증감 = this year − last year; 증감률 = 증감 / last year × 100
/// for counts only. Ratios (구인배율, 취업률) change by the difference of their rounded values, in %p for 취업률.
/// </summary>
public static class LabourMarketChanges
{
    public static LabourMarketComparison Compare(LabourMarketReport previous, LabourMarketReport current) => new(
        previous,
        current,
        Row(previous.Total, current.Total),
        Rows(previous.ByOccupation, current.ByOccupation),
        Rows(previous.ByGender, current.ByGender),
        Rows(previous.ByAgeBand, current.ByAgeBand));

    public static Change Count(int previous, int current) => new(
        previous, current, current - previous,
        previous == 0 ? null : LabourMarketTables.Round((current - previous) * 100m / previous));

    public static Change Ratio(decimal? previous, decimal? current) => new(
        previous, current, previous is null || current is null ? null : current - previous, null);

    private static List<LabourMarketChangeRow> Rows(IReadOnlyList<LabourMarketRow> previous, IReadOnlyList<LabourMarketRow> current) =>
        current.Select((row, i) => Row(previous[i], row)).ToList();

    private static LabourMarketChangeRow Row(LabourMarketRow p, LabourMarketRow c) => new(
        c.Key,
        c.Name,
        Count(p.OpeningsHeadcount, c.OpeningsHeadcount),
        Count(p.NewSeekers, c.NewSeekers),
        Ratio(p.OpeningsPerSeeker, c.OpeningsPerSeeker),
        Count(p.Placements, c.Placements),
        Ratio(p.PlacementRate, c.PlacementRate));
}
