namespace Matching.Domain.Occupations;

/// <summary>Best score per occupation for one query, on pooled arrays so a query allocates only its results.</summary>
internal struct OccupationRanking(double[] best, int[] via, int[] hits, Occupation[] occupations, int[] parent, int? level)
{
    private int _count;

    public void Offer(int occupation, double score, int term)
    {
        if (level is { } wanted)
        {
            var at = occupations[occupation].Level;
            if (at < wanted)
            {
                return;
            }

            // A hit on a specific job also speaks for the group above it, a little less strongly.
            for (; at > wanted; at--)
            {
                occupation = parent[occupation];
                score -= OccupationSearchIndex.PerLevelAbove;
            }
        }

        if (best[occupation] == 0)
        {
            hits[_count++] = occupation;
        }

        if (score > best[occupation])
        {
            best[occupation] = score;
            via[occupation] = term;
        }
    }

    public readonly List<OccupationMatch> Top(int limit, OccupationTerm[] terms)
    {
        var ranked = hits.AsSpan(0, _count);
        var byRank = new OccupationRankOrder(best, occupations);
        var kept = Math.Min(limit, ranked.Length);
        ranked[..kept].Sort(byRank);

        // Short queries hit hundreds of items; keeping only the best few beats sorting them all.
        for (var i = kept; i < ranked.Length; i++)
        {
            var candidate = ranked[i];
            if (byRank.Compare(candidate, ranked[kept - 1]) >= 0)
            {
                continue;
            }

            var j = kept - 1;
            for (; j > 0 && byRank.Compare(candidate, ranked[j - 1]) < 0; j--)
            {
                ranked[j] = ranked[j - 1];
            }

            ranked[j] = candidate;
        }

        var results = new List<OccupationMatch>(kept);
        foreach (var i in ranked[..kept])
        {
            results.Add(new OccupationMatch(occupations[i], best[i], MatchedTerm(i, terms)));
        }

        return results;
    }

    private readonly string? MatchedTerm(int occupation, OccupationTerm[] terms)
    {
        var t = via[occupation];
        if (t < 0)
        {
            return null;
        }

        var term = terms[t];
        return term.Display ?? (term.Occupation == occupation ? null : occupations[term.Occupation].Name);
    }
}

internal readonly struct OccupationRankOrder(double[] best, Occupation[] occupations) : IComparer<int>
{
    // Equal scores: shorter names first, then code order (indexes follow codes).
    public int Compare(int x, int y)
    {
        var byScore = best[y].CompareTo(best[x]);
        if (byScore != 0)
        {
            return byScore;
        }

        var byLength = occupations[x].Name.Length.CompareTo(occupations[y].Name.Length);
        return byLength != 0 ? byLength : x.CompareTo(y);
    }
}
