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

    /// <summary>
    /// Calls <paramref name="scored"/> with each unrejected pair's score (rounded as <see cref="ScoredMatch.Score"/>),
    /// compiling every profile once: for scoring whole groups, such as everyone at a recruitment event.
    /// </summary>
    public void ScoreAll(IReadOnlyList<SeekerProfile> seekers, IReadOnlyList<OpeningProfile> openings, DateOnly today, Action<int, int, double> scored)
    {
        var fs = new FeatureSpace(options, related, routes);
        var compiled = new OpeningFeatures[openings.Count];
        for (int j = 0; j < compiled.Length; j++) compiled[j] = fs.Compile(openings[j]);
        for (int i = 0; i < seekers.Count; i++)
        {
            var s = fs.Compile(seekers[i]);
            for (int j = 0; j < compiled.Length; j++)
            {
                PairScorer.Evaluate(fs, s, compiled[j], today.DayNumber, today.Year, out var e);
                if (e.Rejection == MatchRejection.None) scored(i, j, Math.Round(e.Total, 1, MidpointRounding.AwayFromZero));
            }
        }
    }
}
