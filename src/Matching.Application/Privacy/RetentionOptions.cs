namespace Matching.Application.Privacy;

public sealed class RetentionOptions
{
    public const string SectionName = "Matching:Privacy";

    /// <summary>A seeker inactive this long has their personal data erased (the purpose text says 3 years).</summary>
    public int RetentionYears { get; set; } = 3;
}
