namespace Matching.Domain.Statistics;

/// <summary>
/// One row of the 일자리 공시 tables. <see cref="OpeningsPerSeeker"/> (구인배율) and <see cref="PlacementRate"/>
/// (취업률, %) are rounded to one decimal as the published tables are, and are null without seekers.
/// </summary>
public sealed record LabourMarketRow(
    string Key,
    string Name,
    int OpeningsHeadcount,
    int NewSeekers,
    decimal? OpeningsPerSeeker,
    int Placements,
    decimal? PlacementRate);

public sealed record LabourMarketReport(
    DateOnly From,
    DateOnly To,
    LabourMarketRow Total,
    IReadOnlyList<LabourMarketRow> ByOccupation,
    IReadOnlyList<LabourMarketRow> ByGender,
    IReadOnlyList<LabourMarketRow> ByAgeBand);
