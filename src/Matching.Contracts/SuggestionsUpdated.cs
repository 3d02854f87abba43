namespace Matching.Contracts;

/// <summary>
/// A stored suggestion list changed. <paramref name="Subject"/> is "opening" or "seeker"; the list is
/// best first and <paramref name="Version"/> grows with every change, so receivers drop stale ones.
/// </summary>
public record SuggestionsUpdated(string Subject, Guid Id, long Version, IReadOnlyList<Suggestion> Matches);
