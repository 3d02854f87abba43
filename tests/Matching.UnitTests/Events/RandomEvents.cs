using Matching.Domain.Events;

namespace Matching.UnitTests.Events;

/// <summary>Seeded random pre-matching problems, scores to one decimal like the matching engine's.</summary>
public static class RandomEvents
{
    public static readonly DateTimeOffset Start = new(2026, 11, 27, 14, 0, 0, TimeSpan.FromHours(9));

    public static TimetableProblem Create(int seed, int seekers, int employers, int slots, double density = 0.6,
        int maxInterviews = 3, int maxInterviewers = 2, int maxOpenings = 2, double minScore = 50, bool edgeCases = false)
    {
        var r = new Random(seed);
        var employerList = new List<EventEmployer>();
        for (int e = 0; e < employers; e++)
        {
            var openings = Enumerable.Range(0, r.Next(1, maxOpenings + 1)).Select(_ => NewGuid(r)).ToArray();
            int interviewers = r.Next(1, maxInterviewers + 1);
            if (edgeCases && r.NextDouble() < 0.1) interviewers = 0;
            employerList.Add(new EventEmployer(NewGuid(r), interviewers, openings));
        }
        var seekerList = new List<EventSeeker>();
        var pairs = new List<CandidatePair>();
        for (int s = 0; s < seekers; s++)
        {
            int max = r.Next(1, maxInterviews + 1);
            if (edgeCases && r.NextDouble() < 0.1) max = 0;
            var seeker = new EventSeeker(NewGuid(r), max);
            seekerList.Add(seeker);
            foreach (var employer in employerList)
            {
                if (r.NextDouble() >= density) continue;
                foreach (var opening in employer.OpeningIds)
                {
                    if (r.NextDouble() < 0.3) continue;
                    // Coarse scores make ties common, which is where solvers go wrong.
                    double score = r.NextDouble() < 0.5 ? r.Next(8, 21) * 5 : Math.Round(30 + r.NextDouble() * 70, 1);
                    pairs.Add(new CandidatePair(seeker.SeekerId, employer.EmployerId, opening, score));
                }
            }
        }
        if (edgeCases)
        {
            // Pairs the solver must ignore: unknown seeker, unknown employer, an opening the employer did not bring, NaN.
            var someSeeker = seekerList.Count > 0 ? seekerList[0].SeekerId : Guid.NewGuid();
            var someEmployer = employerList.Count > 0 ? employerList[0].EmployerId : Guid.NewGuid();
            pairs.Add(new CandidatePair(NewGuid(r), someEmployer, Guid.Empty, 99));
            pairs.Add(new CandidatePair(someSeeker, NewGuid(r), Guid.Empty, 99));
            pairs.Add(new CandidatePair(someSeeker, someEmployer, NewGuid(r), 99));
            pairs.Add(new CandidatePair(someSeeker, someEmployer, employerList.Count > 0 ? employerList[0].OpeningIds[0] : Guid.Empty, double.NaN));
            // A duplicate of an existing pair with another score.
            if (pairs.Count > 5) pairs.Add(pairs[r.Next(pairs.Count - 4)] with { Score = Math.Round(r.NextDouble() * 100, 1) });
        }
        Shuffle(pairs, r);
        return new TimetableProblem
        {
            SlotStarts = TimetableProblem.ConsecutiveSlots(Start, TimeSpan.FromMinutes(20), slots),
            Employers = employerList,
            Seekers = seekerList,
            Pairs = pairs,
            MinScore = minScore,
        };
    }

    private static void Shuffle<T>(List<T> list, Random r)
    {
        for (int i = list.Count - 1; i > 0; i--)
        {
            int j = r.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    public static Guid NewGuid(Random r)
    {
        Span<byte> bytes = stackalloc byte[16];
        r.NextBytes(bytes);
        return new Guid(bytes);
    }

    /// <summary>Total score in tenths of a point, exact for one-decimal scores.</summary>
    public static long Tenths(double score) => (long)Math.Round(score * 10);

    public static long TotalTenths(Timetable t) => t.Interviews.Sum(i => Tenths(i.Score));
}
