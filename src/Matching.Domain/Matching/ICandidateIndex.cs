namespace Matching.Domain.Matching;

/// <summary>
/// Finds and ranks candidates in both directions. The embedded index does it in process; the Elasticsearch
/// engine fetches candidates in approximate order and ranks them with the same scorer (two phases, see
/// <see cref="TwoPhase.ExactTopN"/>), so both give the same ranking and the same reasons.
/// An engine that cannot answer throws <see cref="CandidateIndexUnavailableException"/>.
/// </summary>
public interface ICandidateIndex
{
    /// <summary>Replaces the whole content (start-up, or a full rebuild).</summary>
    void Rebuild(IEnumerable<SeekerProfile> seekers, IEnumerable<OpeningProfile> openings);

    void Upsert(SeekerProfile seeker);
    void Upsert(OpeningProfile opening);
    bool RemoveSeeker(Guid seekerId);
    bool RemoveOpening(Guid openingId);

    int SeekerCount { get; }
    int OpeningCount { get; }

    /// <summary>Ranked openings for a seeker, best first; null when the seeker is unknown.</summary>
    IReadOnlyList<ScoredMatch>? TopOpeningsForSeeker(Guid seekerId, int top, DateOnly today);

    /// <summary>Ranked seekers for an opening, best first; null when the opening is unknown.</summary>
    IReadOnlyList<ScoredMatch>? TopSeekersForOpening(Guid openingId, int top, DateOnly today);

    // An engine across the network answers these without holding a thread; the embedded one answers at once.

    ValueTask<IReadOnlyList<ScoredMatch>?> TopOpeningsForSeekerAsync(Guid seekerId, int top, DateOnly today, CancellationToken ct = default) =>
        ValueTask.FromResult(TopOpeningsForSeeker(seekerId, top, today));

    ValueTask<IReadOnlyList<ScoredMatch>?> TopSeekersForOpeningAsync(Guid openingId, int top, DateOnly today, CancellationToken ct = default) =>
        ValueTask.FromResult(TopSeekersForOpening(openingId, top, today));

    /// <summary>
    /// Scores every unrejected pair of the given seekers and openings (a recruitment event's) from the profiles the
    /// engine holds; ids it does not hold are left out. Scores are rounded as <see cref="ScoredMatch.Score"/>.
    /// </summary>
    ValueTask<IReadOnlyList<PairScore>> ScorePairsAsync(IReadOnlyCollection<Guid> seekerIds, IReadOnlyCollection<Guid> openingIds, DateOnly today, CancellationToken ct = default);
}

/// <summary>One scored pair of <see cref="ICandidateIndex.ScorePairsAsync"/>.</summary>
public readonly record struct PairScore(Guid SeekerId, Guid OpeningId, Guid EmployerId, double Score);
