namespace Matching.Application.Openings;

/// <summary>최저임금 고시 by year, hourly KRW; editable in configuration as each year's figure is announced.</summary>
public sealed class MinimumWageOptions
{
    public const string SectionName = "Matching:MinimumWage";

    public Dictionary<int, long> Hourly { get; set; } = new();
}
