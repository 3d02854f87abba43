namespace Matching.Domain.Matching.TwoPhase;

/// <summary>One page of phase one: candidates in its order, the approximate score of the last, and whether any are left.</summary>
public sealed record CandidatePage<T>(IReadOnlyList<T> Candidates, double LastScore, bool Exhausted);

/// <summary>
/// Phase two: scores what phase one returns, in its order, with the shared scorer, and proves the top N exact.
/// Phase one's score bounds every candidate's exact <see cref="RankKey"/> from above and comes in falling order,
/// so the last score of a page bounds everything not yet returned: once the N-th exact key is above it, nothing
/// unseen can enter, and the result is exactly what a scan of everyone would give.
/// </summary>
public sealed class ExactTopN
{
    private readonly FeatureSpace _fs;
    private readonly IOccupationNames _names;
    private readonly SeekerFeatures _seeker;
    private readonly OpeningFeatures _opening;
    private readonly bool _openingsForSeeker;
    private readonly DateOnly _today;
    private readonly int _capacity;
    private readonly List<SeekerFeatures> _seekers = [];
    private readonly List<OpeningFeatures> _openings = [];
    private TopHeap _heap;

    private ExactTopN(ScoringOptions options, RelatedOccupations related, CommuteBusRoutes routes, IOccupationNames? names, int top, DateOnly today,
        SeekerProfile? seeker, OpeningProfile? opening)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        _fs = new FeatureSpace(options, related, routes);
        _names = names ?? OccupationNames.None;
        _today = today;
        _capacity = top;
        _heap = new TopHeap(top);
        _openingsForSeeker = seeker is not null;
        if (seeker is not null) _seeker = _fs.Compile(seeker);
        if (opening is not null) _opening = _fs.Compile(opening);
    }

    private ExactTopN(ExactTopN subject)
    {
        _fs = subject._fs;
        _names = subject._names;
        _today = subject._today;
        _capacity = subject._capacity;
        _heap = new TopHeap(_capacity);
        _openingsForSeeker = subject._openingsForSeeker;
        _seeker = subject._seeker;
        _opening = subject._opening;
    }

    public static ExactTopN OpeningsFor(SeekerProfile seeker, int top, DateOnly today, ScoringOptions options, RelatedOccupations related,
        CommuteBusRoutes routes, IOccupationNames? names = null) => new(options, related, routes, names, top, today, seeker, null);

    public static ExactTopN SeekersFor(OpeningProfile opening, int top, DateOnly today, ScoringOptions options, RelatedOccupations related,
        CommuteBusRoutes routes, IOccupationNames? names = null) => new(options, related, routes, names, top, today, null, opening);

    /// <summary>How many it ranks (N).</summary>
    public int Top => _capacity;

    /// <summary>The day it ranks for.</summary>
    public DateOnly Today => _today;

    /// <summary>The space its subject and candidates are compiled in.</summary>
    internal FeatureSpace Space => _fs;

    /// <summary>A ranking of the same subject that has seen nothing yet, for a ranking that starts over; the subject is not compiled again.</summary>
    public ExactTopN Again() => new(this);

    /// <summary>The subject as compiled for this ranking (for phase one's query over the same space).</summary>
    internal SeekerFeatures Subject(SeekerProfile seeker) =>
        _openingsForSeeker && _seeker.Id == seeker.Id ? _seeker : throw new ArgumentException("This ranking is not for that seeker.", nameof(seeker));

    internal OpeningFeatures Subject(OpeningProfile opening) =>
        !_openingsForSeeker && _opening.Id == opening.Id ? _opening : throw new ArgumentException("This ranking is not for that opening.", nameof(opening));

    /// <summary>Candidates scored so far.</summary>
    public int Scored { get; private set; }

    /// <summary>Pages asked of phase one by <see cref="RankAsync{T}"/>.</summary>
    public int Pages { get; private set; }

    public void Offer(OpeningProfile candidate)
    {
        if (!_openingsForSeeker) throw new InvalidOperationException("This ranking takes seekers.");
        var o = _fs.Compile(candidate);
        Scored++;
        PairScorer.Evaluate(_fs, _seeker, o, _today.DayNumber, _today.Year, out var e);
        if (e.Rejection != MatchRejection.None) return;
        _openings.Add(o);
        _heap.Offer(e.Tier, e.Total, o.Id, _openings.Count - 1);
    }

    public void Offer(SeekerProfile candidate)
    {
        if (_openingsForSeeker) throw new InvalidOperationException("This ranking takes openings.");
        var s = _fs.Compile(candidate);
        Scored++;
        PairScorer.Evaluate(_fs, s, _opening, _today.DayNumber, _today.Year, out var e);
        if (e.Rejection != MatchRejection.None) return;
        _seekers.Add(s);
        _heap.Offer(e.Tier, e.Total, s.Id, _seekers.Count - 1);
    }

    /// <summary>Offers candidates of the kind this ranking takes (a page of phase one, or everyone).</summary>
    public void Offer<T>(IEnumerable<T> candidates) where T : class
    {
        foreach (var candidate in candidates)
        {
            if (candidate is SeekerProfile s) Offer(s);
            else Offer((OpeningProfile)(object)candidate);
        }
    }

    /// <summary>
    /// True when no candidate whose key is at most <paramref name="bound"/> can enter: the top N is full and its
    /// worst key is above the bound (a tie could still win on its id, so equal is not enough).
    /// </summary>
    public bool Proves(double bound) =>
        _capacity == 0 || (_heap.Full && RankKey.Of(_heap.Worst.Tier, _heap.Worst.Score) > bound);

    public IReadOnlyList<ScoredMatch> Result()
    {
        var kept = _heap.Sorted();
        var result = new ScoredMatch[kept.Length];
        for (int i = 0; i < kept.Length; i++)
        {
            if (_openingsForSeeker)
            {
                var o = _openings[kept[i].Slot];
                PairScorer.Evaluate(_fs, _seeker, o, _today.DayNumber, _today.Year, out var e);
                result[i] = Reasons.ToMatch(_fs, _names, _seeker, o, e);
            }
            else
            {
                var s = _seekers[kept[i].Slot];
                PairScorer.Evaluate(_fs, s, _opening, _today.DayNumber, _today.Year, out var e);
                result[i] = Reasons.ToMatch(_fs, _names, s, _opening, e);
            }
        }
        return result;
    }

    /// <summary>
    /// Asks phase one for pages (the first of <paramref name="firstPage"/>, each next twice as large up to
    /// <paramref name="maxPage"/>) until a page's last score is proven out of reach or nothing is left.
    /// </summary>
    public async ValueTask<IReadOnlyList<ScoredMatch>> RankAsync<T>(Func<int, CancellationToken, ValueTask<CandidatePage<T>>> next,
        int firstPage, int maxPage, CancellationToken ct = default) where T : class
    {
        if (_capacity == 0) return [];
        int size = Math.Max(1, firstPage);
        while (true)
        {
            var page = await next(size, ct);
            Pages++;
            Offer(page.Candidates);
            if (page.Exhausted || page.Candidates.Count == 0 || Proves(page.LastScore)) return Result();
            size = Math.Min(size * 2, Math.Max(maxPage, firstPage));
        }
    }
}
