namespace Matching.Domain.Occupations;

/// <summary>
/// A search hit. <paramref name="Score"/> only orders hits (higher is better, about 1 for an exact
/// name). <paramref name="MatchedTerm"/> is the Worknet title, synonym or descendant name that
/// matched, or null when the occupation's own name did, so a UI can explain the hit.
/// </summary>
public sealed record OccupationMatch(Occupation Occupation, double Score, string? MatchedTerm);
