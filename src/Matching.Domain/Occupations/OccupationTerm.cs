namespace Matching.Domain.Occupations;

/// <summary>One searchable string inside <see cref="OccupationSearchIndex"/>'s joined text.</summary>
/// <param name="Adjustment">Score added to the tier: level, source and synonym rank.</param>
/// <param name="Display">What to show as the matched term; null when it is the occupation's own name.</param>
internal readonly record struct OccupationTerm(int Start, int Length, int Occupation, double Adjustment, string? Display);
