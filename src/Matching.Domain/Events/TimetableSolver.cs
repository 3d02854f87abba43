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
        cancellationToken.ThrowIfCancellationRequested();
        var eligible = EligiblePairs.From(problem);
        int slots = problem.SlotCount, n = problem.Seekers.Count, m = problem.Employers.Count;

        var seekerCap = new int[n];
        for (int s = 0; s < n; s++) seekerCap[s] = Math.Clamp(problem.Seekers[s].MaxInterviews, 0, slots);
        var employerCap = new int[m];
        for (int e = 0; e < m; e++) employerCap[e] = (int)Math.Min((long)Math.Max(problem.Employers[e].InterviewersPerSlot, 0) * slots, int.MaxValue / 2);

        // Lexicographic objective in one integer: a hundredth of a point outweighs every seeker's bonus together.
        long bonusScale = n + 1L;
        int p = eligible.Count;
        var weight = new long[p];
        for (int k = 0; k < p; k++)
            weight[k] = (long)Math.Round(eligible.Score(k) * ScoreUnits) * bonusScale;
        var chosen = SelectPairs(seekerCap, employerCap, eligible.Seeker, eligible.Employer, weight, cancellationToken).Chosen;

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

    /// <summary>
    /// Maximum-weight b-matching with a bonus of 1 for each seeker's first pair, exact. Pricing: solve over a
    /// shortlist (each employer's best pairs, each seeker's best), then add every left-out pair the LP dual says
    /// could improve the result, and solve again; when none is left the result is optimal over all pairs. The
    /// shortlist carries most of the optimum; later rounds start from the previous flow and prices, so they cost
    /// one shortest-path search per new pair worth taking.
    /// </summary>
    internal static (bool[] Chosen, long Value, long Bound, int Rounds) SelectPairs(
        int[] seekerCap, int[] employerCap, int[] pairSeeker, int[] pairEmployer, long[] weight,
        CancellationToken cancellationToken = default, bool[]? shortlist = null)
    {
        int n = seekerCap.Length, m = employerCap.Length, p = weight.Length;
        var active = shortlist is null ? Shortlist(seekerCap, employerCap, pairSeeker, pairEmployer, weight) : (bool[])shortlist.Clone();
        bool[]? chosen = null;
        long[]? potential = null;
        for (int rounds = 1; ; rounds++)
        {
            var index = new List<int>();
            for (int k = 0; k < p; k++)
                if (active[k]) index.Add(k);
            var flow = new BMatchingFlow(seekerCap, employerCap,
                index.Select(k => pairSeeker[k]).ToArray(), index.Select(k => pairEmployer[k]).ToArray(),
                index.Select(k => -weight[k]).ToArray(), seekerFirstCost: -1,
                chosen is null ? null : index.Select(k => chosen[k]).ToArray(), potential);
            var chosenActive = flow.Solve(cancellationToken);
            var (y, z) = flow.Duals(n, m);
            chosen = new bool[p];
            for (int i = 0; i < index.Count; i++) chosen[index[i]] = chosenActive[i];
            potential = flow.Potential;

            int added = 0;
            for (int k = 0; k < p; k++)
            {
                if (active[k] || seekerCap[pairSeeker[k]] <= 0 || employerCap[pairEmployer[k]] <= 0) continue;
                if (weight[k] > y[pairSeeker[k]] + z[pairEmployer[k]]) { active[k] = true; added++; }
            }
            if (added > 0) continue;

            long value = 0;
            var degree = new int[n];
            for (int k = 0; k < p; k++)
                if (chosen[k]) { value += weight[k]; degree[pairSeeker[k]]++; }
            foreach (int d in degree)
                if (d > 0) value++;
            return (chosen, value, DualBound(seekerCap, employerCap, pairSeeker, pairEmployer, weight, y, z), rounds);
        }
    }

    // Each employer's best pairs up to twice its capacity plus a margin, and each seeker's best up to its capacity
    // plus two, so that no seeker is cut off from its likely interviews.
    private static bool[] Shortlist(int[] seekerCap, int[] employerCap, int[] pairSeeker, int[] pairEmployer, long[] weight)
    {
        int p = weight.Length;
        var active = new bool[p];
        var order = new int[p];
        for (int k = 0; k < p; k++) order[k] = k;
        // Equal weights are common (engine scores repeat across similar profiles); breaking those ties by a fixed
        // scramble instead of by index spreads the shortlist over all seekers and employers, so pricing adds few pairs.
        Array.Sort(order, (a, b) => weight[b].CompareTo(weight[a]) is var c && c != 0 ? c : Scramble(a).CompareTo(Scramble(b)));
        var employerTaken = new int[employerCap.Length];
        var seekerTaken = new int[seekerCap.Length];
        foreach (int k in order)
        {
            int s = pairSeeker[k], e = pairEmployer[k];
            if (seekerCap[s] <= 0 || employerCap[e] <= 0) continue;
            bool forEmployer = employerTaken[e] < 2L * employerCap[e] + 10, forSeeker = seekerTaken[s] < seekerCap[s] + 2;
            if (!forEmployer && !forSeeker) continue;
            active[k] = true;
            employerTaken[e]++;
            seekerTaken[s]++;
        }
        return active;
    }

    // Multiplying by an odd constant permutes the 32-bit values, so no two pairs tie on this key.
    private static uint Scramble(int k) => unchecked((uint)k * 2654435761u);

    /// <summary>
    /// Value of the LP dual at prices (y, z): by weak duality an upper bound on any b-matching's weight plus its
    /// count of seekers with a pair; equal to the solver's value exactly when the solution is optimal.
    /// </summary>
    internal static long DualBound(int[] seekerCap, int[] employerCap, int[] pairSeeker, int[] pairEmployer, long[] weight, long[] y, long[] z)
    {
        long bound = 0;
        for (int s = 0; s < seekerCap.Length; s++)
            bound += Math.Min(1, Math.Max(seekerCap[s], 0)) * Math.Max(0, 1 + y[s]) + Math.Max(0, seekerCap[s] - 1) * Math.Max(0, y[s]);
        for (int e = 0; e < employerCap.Length; e++) bound += Math.Max(employerCap[e], 0) * z[e];
        for (int k = 0; k < weight.Length; k++)
            bound += Math.Max(0, weight[k] - y[pairSeeker[k]] - z[pairEmployer[k]]);
        return bound;
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
