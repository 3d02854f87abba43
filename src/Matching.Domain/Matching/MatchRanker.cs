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
        var heap = new TopHeap(top);
        var kept = new List<OpeningFeatures>();
        foreach (var opening in openings)
        {
            var o = fs.Compile(opening);
            PairScorer.Evaluate(fs, s, o, today.DayNumber, today.Year, out var e);
            if (e.Rejection != MatchRejection.None) continue;
            kept.Add(o);
            heap.Offer(e.Tier, e.Total, o.Id, kept.Count - 1);
        }
        return [.. heap.Sorted().Select(k => Explain(fs, s, kept[k.Slot], today))];
    }

    public IReadOnlyList<ScoredMatch> TopSeekersForOpening(OpeningProfile opening, IEnumerable<SeekerProfile> seekers, int top, DateOnly today)
    {
        var fs = new FeatureSpace(options, related, routes);
        var o = fs.Compile(opening);
        var heap = new TopHeap(top);
        var kept = new List<SeekerFeatures>();
        foreach (var seeker in seekers)
        {
            var s = fs.Compile(seeker);
            PairScorer.Evaluate(fs, s, o, today.DayNumber, today.Year, out var e);
            if (e.Rejection != MatchRejection.None) continue;
            kept.Add(s);
            heap.Offer(e.Tier, e.Total, s.Id, kept.Count - 1);
        }
        return [.. heap.Sorted().Select(k => Explain(fs, kept[k.Slot], o, today))];
    }

    private ScoredMatch Explain(FeatureSpace fs, in SeekerFeatures s, in OpeningFeatures o, DateOnly today)
    {
        PairScorer.Evaluate(fs, s, o, today.DayNumber, today.Year, out var e);
        return Reasons.ToMatch(fs, _names, s, o, e);
    }
}
