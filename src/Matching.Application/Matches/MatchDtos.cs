using Matching.Domain.Matching;

namespace Matching.Application.Matches;

public sealed record SeekerMatch(Guid SeekerId, string DisplayName, double Score, ScoreComponents Components, IReadOnlyList<string> Reasons, bool Widened);

public sealed record OpeningMatch(Guid OpeningId, string EmployerName, string Title, double Score, ScoreComponents Components, IReadOnlyList<string> Reasons, bool Widened);

public sealed record MatchList<T>(long Version, IReadOnlyList<T> Matches);
