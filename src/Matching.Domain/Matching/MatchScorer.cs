namespace Matching.Domain.Matching;

/// <summary>
/// Scores one seeker–opening pair (both directions use the same function). For ranking many
/// candidates use <see cref="MatchRanker"/> or an <see cref="ICandidateIndex"/>.
/// </summary>
public sealed class MatchScorer(ScoringOptions options, RelatedOccupations related, CommuteBusRoutes routes, IOccupationNames? names = null)
{
    private readonly IOccupationNames _names = names ?? OccupationNames.None;

    public ScoringOptions Options => options;

    /// <summary>The hard filter that rejects the pair, or <see cref="MatchRejection.None"/>.</summary>
    public MatchRejection Check(SeekerProfile seeker, OpeningProfile opening, DateOnly today)
    {
        var fs = new FeatureSpace(options, related, routes);
        var s = fs.Compile(seeker);
        var o = fs.Compile(opening);
        PairScorer.Evaluate(fs, s, o, today.DayNumber, today.Year, out var e);
        return e.Rejection;
    }

    /// <summary>The scored pair with components and reasons, or null when a hard filter rejects it.</summary>
    public ScoredMatch? Score(SeekerProfile seeker, OpeningProfile opening, DateOnly today)
    {
        var fs = new FeatureSpace(options, related, routes);
        var s = fs.Compile(seeker);
        var o = fs.Compile(opening);
        PairScorer.Evaluate(fs, s, o, today.DayNumber, today.Year, out var e);
        return e.Rejection == MatchRejection.None ? Reasons.ToMatch(fs, _names, s, o, e) : null;
    }
}
