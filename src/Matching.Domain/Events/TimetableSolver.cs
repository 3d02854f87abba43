namespace Matching.Domain.Events;

/// <summary>
/// Pre-matching interview timetable. Maximises the total score of the interviews, then the number of seekers with
/// at least one, exactly: choosing the (seeker, employer) pairs is a maximum-weight b-matching (seeker degree ≤
/// min(maxInterviews, slots), employer degree ≤ interviewersPerSlot × slots) solved as a min-cost flow, and any
/// such choice fits in the slots (bipartite edge colouring), so slot assignment never loses score.
/// </summary>
public static class TimetableSolver
{
    /// <summary>Scores are optimised in hundredths of a point.</summary>
    private const double ScoreUnits = 100;

    public static Timetable Solve(TimetableProblem problem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var eligible = EligiblePairs.From(problem);
        int slots = problem.SlotCount, n = problem.Seekers.Count, m = problem.Employers.Count;

        var seekerCap = new int[n];
        for (int s = 0; s < n; s++) seekerCap[s] = Math.Clamp(problem.Seekers[s].MaxInterviews, 0, slots);
        var employerCap = new int[m];
        for (int e = 0; e < m; e++) employerCap[e] = (int)Math.Min((long)Math.Max(problem.Employers[e].InterviewersPerSlot, 0) * slots, int.MaxValue / 2);

        // Lexicographic objective in one integer cost: a point of score (scaled) outweighs every seeker's bonus together.
        long bonusScale = n + 1L;
        int p = eligible.Count;
        var cost = new long[p];
        for (int k = 0; k < p; k++)
            cost[k] = -(long)Math.Round(eligible.Score(k) * ScoreUnits) * bonusScale;
        var flow = new BMatchingFlow(seekerCap, employerCap, eligible.Seeker, eligible.Employer, cost, seekerFirstCost: -1);
        var chosen = flow.Solve(cancellationToken);

        var selected = new List<int>();
        for (int k = 0; k < p; k++)
            if (chosen[k]) selected.Add(k);
        var slotOf = AssignSlots(problem, eligible, selected, slots);

        var interviews = new Interview[selected.Count];
        var placed = new bool[n];
        for (int i = 0; i < selected.Count; i++)
        {
            var pair = problem.Pairs[eligible.PairIndex[selected[i]]];
            interviews[i] = new Interview(slotOf[i], problem.SlotStarts[slotOf[i]], pair.EmployerId, pair.OpeningId, pair.SeekerId, pair.Score);
            placed[eligible.Seeker[selected[i]]] = true;
        }
        Array.Sort(interviews, (x, y) =>
            x.SlotIndex != y.SlotIndex ? x.SlotIndex.CompareTo(y.SlotIndex)
            : x.EmployerId != y.EmployerId ? x.EmployerId.CompareTo(y.EmployerId)
            : x.SeekerId.CompareTo(y.SeekerId));

        var unplaced = new List<UnplacedSeeker>();
        for (int s = 0; s < n; s++)
        {
            if (placed[s]) continue;
            unplaced.Add(new UnplacedSeeker(problem.Seekers[s].SeekerId, UnplacedReason(problem.Seekers[s].MaxInterviews, eligible.HasAny(s))));
        }
        return new Timetable(interviews, unplaced);
    }

    /// <summary>The reason a seeker without an interview is given; the checker applies the same rule.</summary>
    internal static string UnplacedReason(int maxInterviews, bool hasEligiblePair) =>
        maxInterviews <= 0 ? UnplacedReasons.NoInterviewsWanted
        : !hasEligiblePair ? UnplacedReasons.NoPairAboveThreshold
        : UnplacedReasons.CapacityExhausted;

    // Each employer is split into as many interviewers as it needs (≤ interviewersPerSlot), its interviews dealt
    // round-robin so no interviewer has more than `slots`; then every vertex has degree ≤ slots.
    private static int[] AssignSlots(TimetableProblem problem, EligiblePairs eligible, List<int> selected, int slots)
    {
        if (selected.Count == 0) return [];
        int m = problem.Employers.Count;
        var degree = new int[m];
        foreach (int k in selected) degree[eligible.Employer[k]]++;
        var firstInterviewer = new int[m + 1];
        for (int e = 0; e < m; e++)
            firstInterviewer[e + 1] = firstInterviewer[e] + Math.Min(degree[e], Math.Max(problem.Employers[e].InterviewersPerSlot, 1));
        var dealt = new int[m];
        var left = new int[selected.Count];
        var right = new int[selected.Count];
        for (int i = 0; i < selected.Count; i++)
        {
            int k = selected[i], e = eligible.Employer[k];
            left[i] = eligible.Seeker[k];
            right[i] = firstInterviewer[e] + dealt[e]++ % (firstInterviewer[e + 1] - firstInterviewer[e]);
        }
        return SlotColouring.Colour(problem.Seekers.Count, firstInterviewer[m], left, right, slots);
    }
}
