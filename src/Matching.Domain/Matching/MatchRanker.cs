using Matching.Domain.Matching.TwoPhase;

namespace Matching.Domain.Matching;

/// <summary>
/// Ranks whatever candidates an index returns with the domain scorer: unwidened before widened
/// (조건 완화), then by score, then by id. This is also the brute-force reference for the embedded index:
/// every candidate is offered to one <see cref="ExactTopN"/>.
/// </summary>
public sealed class MatchRanker(ScoringOptions options, RelatedOccupations related, CommuteBusRoutes routes, IOccupationNames? names = null)
{
    public IReadOnlyList<ScoredMatch> TopOpeningsForSeeker(SeekerProfile seeker, IEnumerable<OpeningProfile> openings, int top, DateOnly today)
    {
        var ranking = ExactTopN.OpeningsFor(seeker, top, today, options, related, routes, names);
        ranking.Offer(openings);
        return ranking.Result();
    }

    public IReadOnlyList<ScoredMatch> TopSeekersForOpening(OpeningProfile opening, IEnumerable<SeekerProfile> seekers, int top, DateOnly today)
    {
        var ranking = ExactTopN.SeekersFor(opening, top, today, options, related, routes, names);
        ranking.Offer(seekers);
        return ranking.Result();
    }
}
