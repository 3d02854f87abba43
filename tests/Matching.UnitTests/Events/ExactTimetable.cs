using Matching.Domain.Events;

namespace Matching.UnitTests.Events;

/// <summary>
/// Exact optima for small problems, written independently of the solver: eligibility from scratch, then
/// exhaustive search. Objective: total score (tenths), then seekers with at least one interview.
/// </summary>
public static class ExactTimetable
{
    public sealed record Pair(int Seeker, int Employer, long Tenths);

    /// <summary>One pair per (seeker, employer): the best eligible opening.</summary>
    public static List<Pair> EligiblePairs(TimetableProblem problem)
    {
        var best = new Dictionary<(int, int), long>();
        for (int s = 0; s < problem.Seekers.Count; s++)
            for (int e = 0; e < problem.Employers.Count; e++)
                foreach (var p in problem.Pairs)
                    if (p.SeekerId == problem.Seekers[s].SeekerId && p.EmployerId == problem.Employers[e].EmployerId
                        && problem.Employers[e].OpeningIds.Contains(p.OpeningId) && p.Score >= problem.MinScore)
                        best[(s, e)] = Math.Max(best.GetValueOrDefault((s, e), -1), RandomEvents.Tenths(p.Score));
        return best.Select(kv => new Pair(kv.Key.Item1, kv.Key.Item2, kv.Value)).ToList();
    }

    /// <summary>
    /// Best (score, seekers placed) over pair subsets within the degree bounds: seeker ≤ min(maxInterviews, slots),
    /// employer ≤ interviewersPerSlot × slots. Every timetable's pairs are such a subset, so this bounds the optimum
    /// from above; <see cref="BySlots"/> shows on the smallest problems that it is reached.
    /// </summary>
    public static (long Tenths, int Placed) ByDegrees(TimetableProblem problem)
    {
        var pairs = EligiblePairs(problem);
        int slots = problem.SlotCount;
        var seekerLeft = problem.Seekers.Select(s => Math.Max(0, Math.Min(s.MaxInterviews, slots))).ToArray();
        var employerLeft = problem.Employers.Select(e => Math.Max(0, e.InterviewersPerSlot) * slots).ToArray();
        var degree = new int[problem.Seekers.Count];
        (long, int) best = (0, 0);
        void Search(int k, long total)
        {
            if (k == pairs.Count)
            {
                var value = (total, degree.Count(d => d > 0));
                if (value.CompareTo(best) > 0) best = value;
                return;
            }
            var p = pairs[k];
            if (seekerLeft[p.Seeker] > 0 && employerLeft[p.Employer] > 0)
            {
                seekerLeft[p.Seeker]--; employerLeft[p.Employer]--; degree[p.Seeker]++;
                Search(k + 1, total + p.Tenths);
                seekerLeft[p.Seeker]++; employerLeft[p.Employer]++; degree[p.Seeker]--;
            }
            Search(k + 1, total);
        }
        Search(0, 0);
        return best;
    }

    /// <summary>Best (score, seekers placed) over every timetable: each pair gets no interview or one slot.</summary>
    public static (long Tenths, int Placed) BySlots(TimetableProblem problem)
    {
        var pairs = EligiblePairs(problem);
        int slots = problem.SlotCount;
        var seekerLeft = problem.Seekers.Select(s => Math.Max(0, s.MaxInterviews)).ToArray();
        var seekerBusy = new bool[problem.Seekers.Count, slots];
        var employerUsed = new int[problem.Employers.Count, slots];
        var degree = new int[problem.Seekers.Count];
        (long, int) best = (0, 0);
        void Search(int k, long total)
        {
            if (k == pairs.Count)
            {
                var value = (total, degree.Count(d => d > 0));
                if (value.CompareTo(best) > 0) best = value;
                return;
            }
            var p = pairs[k];
            Search(k + 1, total);
            if (seekerLeft[p.Seeker] == 0) return;
            for (int slot = 0; slot < slots; slot++)
            {
                if (seekerBusy[p.Seeker, slot] || employerUsed[p.Employer, slot] >= problem.Employers[p.Employer].InterviewersPerSlot) continue;
                seekerBusy[p.Seeker, slot] = true; employerUsed[p.Employer, slot]++; seekerLeft[p.Seeker]--; degree[p.Seeker]++;
                Search(k + 1, total + p.Tenths);
                seekerBusy[p.Seeker, slot] = false; employerUsed[p.Employer, slot]--; seekerLeft[p.Seeker]++; degree[p.Seeker]--;
            }
        }
        Search(0, 0);
        return best;
    }

    /// <summary>
    /// Reference min-cost flow for medium problems: one augmenting path at a time, shortest by Bellman–Ford
    /// (no potentials, no pricing). Cost per pair −(tenths × (seekers + 1)), −1 more for a seeker's first pair.
    /// </summary>
    public static (long Tenths, int Placed) ByFlow(TimetableProblem problem)
    {
        var pairs = EligiblePairs(problem);
        int n = problem.Seekers.Count, m = problem.Employers.Count, slots = problem.SlotCount;
        int source = n + m, sink = n + m + 1, nodes = n + m + 2;
        long scale = n + 1;
        var to = new List<int>(); var cap = new List<int>(); var cost = new List<long>(); var from = new List<int>();
        void Add(int u, int v, int c, long w)
        {
            from.Add(u); to.Add(v); cap.Add(c); cost.Add(w);
            from.Add(v); to.Add(u); cap.Add(0); cost.Add(-w);
        }
        for (int s = 0; s < n; s++)
        {
            int b = Math.Max(0, Math.Min(problem.Seekers[s].MaxInterviews, slots));
            if (b >= 1) Add(source, s, 1, -1);
            if (b >= 2) Add(source, s, b - 1, 0);
        }
        var pairArc = new int[pairs.Count];
        for (int k = 0; k < pairs.Count; k++)
        {
            pairArc[k] = to.Count;
            Add(pairs[k].Seeker, n + pairs[k].Employer, 1, -pairs[k].Tenths * scale);
        }
        for (int e = 0; e < m; e++) Add(n + e, sink, Math.Max(0, problem.Employers[e].InterviewersPerSlot) * slots, 0);

        while (true)
        {
            var dist = Enumerable.Repeat(long.MaxValue, nodes).ToArray();
            var via = new int[nodes];
            dist[source] = 0;
            for (bool changed = true; changed;)
            {
                changed = false;
                for (int a = 0; a < to.Count; a++)
                    if (cap[a] > 0 && dist[from[a]] != long.MaxValue && dist[from[a]] + cost[a] < dist[to[a]])
                    {
                        dist[to[a]] = dist[from[a]] + cost[a];
                        via[to[a]] = a;
                        changed = true;
                    }
            }
            if (dist[sink] == long.MaxValue || dist[sink] >= 0) break;
            for (int v = sink; v != source; v = from[via[v]])
            {
                cap[via[v]]--;
                cap[via[v] ^ 1]++;
            }
        }
        long total = 0;
        var placed = new HashSet<int>();
        for (int k = 0; k < pairs.Count; k++)
            if (cap[pairArc[k]] == 0) { total += pairs[k].Tenths; placed.Add(pairs[k].Seeker); }
        return (total, placed.Count);
    }
}
