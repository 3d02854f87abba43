namespace Matching.Domain.Matching;

/// <summary>
/// Ranks whatever candidates an index returns with the domain scorer: unwidened before widened
/// (조건 완화), then by score, then by id. This is also the brute-force reference for the embedded index.
/// </summary>
public sealed class MatchRanker(ScoringOptions options, RelatedOccupations related, CommuteBusRoutes routes, IOccupationNames? names = null)
{
    private readonly IOccupationNames _names = names ?? OccupationNames.None;

    public IReadOnlyList<ScoredMatch> TopOpeningsForSeeker(SeekerProfile seeker, IEnumerable<OpeningProfile> openings, int top, DateOnly today)
    {
        var fs = new FeatureSpace(options, related, routes);
        var s = fs.Compile(seeker);
        var found = new List<(SeekerFeatures S, OpeningFeatures O, Evaluation E)>();
        foreach (var opening in openings)
        {
            var o = fs.Compile(opening);
            PairScorer.Evaluate(fs, s, o, today.DayNumber, today.Year, out var e);
            if (e.Rejection == MatchRejection.None) found.Add((s, o, e));
        }
        return Finish(fs, found, top, byOpening: true);
    }

    public IReadOnlyList<ScoredMatch> TopSeekersForOpening(OpeningProfile opening, IEnumerable<SeekerProfile> seekers, int top, DateOnly today)
    {
        var fs = new FeatureSpace(options, related, routes);
        var o = fs.Compile(opening);
        var found = new List<(SeekerFeatures S, OpeningFeatures O, Evaluation E)>();
        foreach (var seeker in seekers)
        {
            var s = fs.Compile(seeker);
            PairScorer.Evaluate(fs, s, o, today.DayNumber, today.Year, out var e);
            if (e.Rejection == MatchRejection.None) found.Add((s, o, e));
        }
        return Finish(fs, found, top, byOpening: false);
    }

    private List<ScoredMatch> Finish(FeatureSpace fs, List<(SeekerFeatures S, OpeningFeatures O, Evaluation E)> found, int top, bool byOpening)
    {
        found.Sort((a, b) => PairScorer.Compare(a.E.Tier, a.E.Total, byOpening ? a.O.Id : a.S.Id, b.E.Tier, b.E.Total, byOpening ? b.O.Id : b.S.Id));
        var result = new List<ScoredMatch>(Math.Min(top, found.Count));
        for (int i = 0; i < found.Count && i < top; i++)
            result.Add(Reasons.ToMatch(fs, _names, found[i].S, found[i].O, found[i].E));
        return result;
    }
}
