namespace Matching.Infrastructure.Suggestions;

public sealed class SuggestionOptions
{
    public const string SectionName = "Matching:Suggestions";

    /// <summary>Length of every stored list.</summary>
    public int Top { get; set; } = 20;

    /// <summary>How far from a changed profile to look for lists it may enter.</summary>
    public int ReverseScan { get; set; } = 500;
}
