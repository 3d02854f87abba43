using Matching.Domain.Events;

namespace Matching.Benchmarks.Events;

/// <summary>
/// A job-fair sized pre-matching problem: each seeker has engine scores for 20–60 employers (popular employers
/// more often), one or two openings each; scores cluster around the threshold, to one decimal like the engine's.
/// </summary>
public static class SyntheticEvent
{
    public static TimetableProblem Create(int seekers = 5000, int employers = 300, int slots = 18, double minScore = 60, int seed = 1)
    {
        var r = new Random(seed);
        var start = new DateTimeOffset(2026, 11, 27, 14, 0, 0, TimeSpan.FromHours(9));
        var employerList = new EventEmployer[employers];
        var appeal = new double[employers];
        var popularity = new double[employers + 1];
        for (int e = 0; e < employers; e++)
        {
            int interviewers = r.NextDouble() switch { < 0.5 => 1, < 0.85 => 2, _ => 3 };
            var openings = new Guid[r.Next(1, 5)];
            for (int o = 0; o < openings.Length; o++) openings[o] = NewGuid(r);
            employerList[e] = new EventEmployer(NewGuid(r), interviewers, openings);
            appeal[e] = Normal(r) * 6;
            popularity[e + 1] = popularity[e] + 1.0 / Math.Sqrt(e + 1);
        }

        var seekerList = new EventSeeker[seekers];
        var pairs = new List<CandidatePair>(seekers * 50);
        var picked = new HashSet<int>();
        for (int s = 0; s < seekers; s++)
        {
            var seeker = new EventSeeker(NewGuid(r), r.NextDouble() switch { < 0.2 => 1, < 0.45 => 2, < 0.8 => 3, < 0.95 => 4, _ => 5 });
            seekerList[s] = seeker;
            double strength = Normal(r) * 8;
            int count = r.Next(20, 61);
            picked.Clear();
            while (picked.Count < count) picked.Add(Pick(popularity, r));
            foreach (int e in picked)
            {
                var openings = employerList[e].OpeningIds;
                int scored = Math.Min(openings.Count, r.Next(1, 3));
                for (int o = 0; o < scored; o++)
                {
                    double score = Math.Clamp(58 + strength + appeal[e] + Normal(r) * 12, 0, 100);
                    pairs.Add(new CandidatePair(seeker.SeekerId, employerList[e].EmployerId, openings[o], Math.Round(score, 1)));
                }
            }
        }
        return new TimetableProblem
        {
            SlotStarts = TimetableProblem.ConsecutiveSlots(start, TimeSpan.FromMinutes(20), slots),
            Employers = employerList,
            Seekers = seekerList,
            Pairs = pairs,
            MinScore = minScore,
        };
    }

    /// <summary>
    /// Scores as the engine gives them to look-alike profiles: eight occupations, five districts and eight
    /// experience levels, so many pairs tie exactly; each seeker fits a quarter of the openings well and a
    /// quarter partly, everyone wants three interviews and the places are half of that.
    /// </summary>
    public static TimetableProblem CreateTied(int seekers = 5000, int employers = 300, int slots = 18, double minScore = 50, int seed = 5)
    {
        var r = new Random(seed);
        var employerList = new EventEmployer[employers];
        for (int e = 0; e < employers; e++) employerList[e] = new EventEmployer(NewGuid(r), 1 + e % 2, [NewGuid(r), NewGuid(r)]);
        var seekerList = new EventSeeker[seekers];
        var pairs = new List<CandidatePair>(seekers * 200);
        for (int s = 0; s < seekers; s++)
        {
            seekerList[s] = new EventSeeker(NewGuid(r), 3);
            int occupation = r.Next(8), district = s % 5, years = s % 8;
            for (int e = 0; e < employers; e++)
            {
                for (int k = 0; k < 2; k++)
                {
                    int offset = Math.Abs((e + k) % 8 - occupation);
                    if (offset > 1) continue;
                    double score = (offset == 0 ? 60 : 40) + ((e + k) % 5 == district ? 20 : 12) + years;
                    pairs.Add(new CandidatePair(seekerList[s].SeekerId, employerList[e].EmployerId, employerList[e].OpeningIds[k], score));
                }
            }
        }

        return new TimetableProblem
        {
            SlotStarts = TimetableProblem.ConsecutiveSlots(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(9)), TimeSpan.FromMinutes(30), slots),
            Employers = employerList,
            Seekers = seekerList,
            Pairs = pairs,
            MinScore = minScore,
        };
    }

    private static int Pick(double[] cumulative, Random r)
    {
        double x = r.NextDouble() * cumulative[^1];
        int i = Array.BinarySearch(cumulative, x);
        if (i < 0) i = ~i;
        return Math.Clamp(i - 1, 0, cumulative.Length - 2);
    }

    private static double Normal(Random r) =>
        Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());

    private static Guid NewGuid(Random r)
    {
        Span<byte> bytes = stackalloc byte[16];
        r.NextBytes(bytes);
        return new Guid(bytes);
    }
}
