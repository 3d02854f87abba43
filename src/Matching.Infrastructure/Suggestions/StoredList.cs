using Matching.Domain.Matching;

namespace Matching.Infrastructure.Suggestions;

/// <summary>What deciding about a stored list needs, without its items.</summary>
public sealed record StoredList(Guid Id, long Version, int Count, double MinScore);

/// <summary>A list as the index ranks it now, beside what is stored of it (null: never stored).</summary>
public sealed record Recomputed(string Subject, Guid Id, StoredList? Stored, IReadOnlyList<ScoredMatch> Matches);
