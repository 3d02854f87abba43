using System.Runtime.InteropServices;

namespace Matching.Domain.Events;

/// <summary>
/// The candidate pairs that may become interviews: seeker and employer at the event, opening brought by the
/// employer, score at least the threshold; one per (seeker, employer) — the best-scoring opening, ties to the
/// smaller opening id.
/// </summary>
internal sealed class EligiblePairs
{
    public int[] Seeker { get; }
    public int[] Employer { get; }
    /// <summary>Index into <see cref="TimetableProblem.Pairs"/>.</summary>
    public int[] PairIndex { get; }
    public int Count => PairIndex.Length;

    private readonly TimetableProblem _problem;
    private readonly bool[] _seekerHasAny;

    private EligiblePairs(TimetableProblem problem, int[] seeker, int[] employer, int[] pairIndex)
    {
        _problem = problem;
        Seeker = seeker;
        Employer = employer;
        PairIndex = pairIndex;
        _seekerHasAny = new bool[problem.Seekers.Count];
        foreach (int s in seeker) _seekerHasAny[s] = true;
    }

    public double Score(int k) => _problem.Pairs[PairIndex[k]].Score;

    public bool HasAny(int seeker) => _seekerHasAny[seeker];

    public static EligiblePairs From(TimetableProblem problem)
    {
        var seekerIndex = new Dictionary<Guid, int>(problem.Seekers.Count);
        for (int s = 0; s < problem.Seekers.Count; s++)
            if (!seekerIndex.TryAdd(problem.Seekers[s].SeekerId, s))
                throw new ArgumentException($"Seeker {problem.Seekers[s].SeekerId} joins the event twice.", nameof(problem));
        var employerIndex = new Dictionary<Guid, int>(problem.Employers.Count);
        var openings = new HashSet<(int, Guid)>();
        for (int e = 0; e < problem.Employers.Count; e++)
        {
            if (!employerIndex.TryAdd(problem.Employers[e].EmployerId, e))
                throw new ArgumentException($"Employer {problem.Employers[e].EmployerId} joins the event twice.", nameof(problem));
            foreach (var opening in problem.Employers[e].OpeningIds) openings.Add((e, opening));
        }

        long m = problem.Employers.Count;
        var best = new Dictionary<long, int>(); // seeker × m + employer → index of the best pair

        for (int i = 0; i < problem.Pairs.Count; i++)
        {
            var pair = problem.Pairs[i];
            if (!IsEligible(pair, problem.MinScore)
                || !seekerIndex.TryGetValue(pair.SeekerId, out int s)
                || !employerIndex.TryGetValue(pair.EmployerId, out int e)
                || !openings.Contains((e, pair.OpeningId)))
                continue;
            if (pair.Score is < 0 or > 100)
                throw new ArgumentOutOfRangeException(nameof(problem), pair.Score, $"Pair score must be 0..100 (seeker {pair.SeekerId}, opening {pair.OpeningId}).");
            ref int j = ref CollectionsMarshal.GetValueRefOrAddDefault(best, s * m + e, out bool seen);
            if (!seen || Better(pair, problem.Pairs[j])) j = i;
        }

        // Seeker then employer order, so the result never depends on dictionary order.
        var keys = best.Keys.ToArray();
        var pairIndex = best.Values.ToArray();
        Array.Sort(keys, pairIndex);
        var seeker = new int[keys.Length];
        var employer = new int[keys.Length];
        for (int k = 0; k < keys.Length; k++)
        {
            seeker[k] = (int)(keys[k] / m);
            employer[k] = (int)(keys[k] % m);
        }
        return new EligiblePairs(problem, seeker, employer, pairIndex);
    }

    internal static bool IsEligible(CandidatePair pair, double minScore) =>
        !double.IsNaN(pair.Score) && pair.Score >= minScore;

    /// <summary>Which of two openings of one employer a seeker interviews for.</summary>
    internal static bool Better(CandidatePair a, CandidatePair b) =>
        a.Score > b.Score || (a.Score == b.Score && a.OpeningId.CompareTo(b.OpeningId) < 0);
}
