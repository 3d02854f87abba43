namespace Matching.Domain.Matching;

/// <summary>
/// Finds and ranks candidates in both directions. The embedded index implements it in process; an
/// Elasticsearch adapter can implement it later by fetching candidates and ranking them with
/// <see cref="MatchRanker"/>, so both give the same ranking and the same reasons.
/// </summary>
public interface ICandidateIndex
{
    /// <summary>Replaces the whole content (start-up).</summary>
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
}
