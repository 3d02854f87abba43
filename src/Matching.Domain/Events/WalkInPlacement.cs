namespace Matching.Domain.Events;

/// <summary>A booth a walk-in can queue at: the employer's best-scoring opening for this seeker.</summary>
public sealed record BoothChoice(Guid EmployerId, Guid OpeningId, double Score);

public static class WalkInPlacement
{
    /// <summary>
    /// The walk-in's best booths: for each employer its best opening, those scoring at least
    /// <paramref name="minScore"/>, best first, at most <paramref name="maxBooths"/>.
    /// </summary>
    public static IReadOnlyList<BoothChoice> BestBooths(IEnumerable<CandidatePair> pairs, double minScore, int maxBooths) =>
        pairs.Where(p => p.Score >= minScore)
            .GroupBy(p => p.EmployerId)
            .Select(g => g.OrderByDescending(p => p.Score).ThenBy(p => p.OpeningId).First())
            .OrderByDescending(p => p.Score).ThenBy(p => p.EmployerId)
            .Take(Math.Max(0, maxBooths))
            .Select(p => new BoothChoice(p.EmployerId, p.OpeningId, p.Score))
            .ToList();
}
