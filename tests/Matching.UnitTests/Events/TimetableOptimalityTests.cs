using Matching.Domain.Events;
using Xunit.Abstractions;

namespace Matching.UnitTests.Events;

/// <summary>The solver against exact optima computed here: total score first, then seekers with an interview.</summary>
public class TimetableOptimalityTests(ITestOutputHelper output)
{
    [Fact]
    public void Small_events_reach_the_exhaustive_optimum()
    {
        const int instances = 600;
        int atOptimum = 0, placedAtOptimum = 0;
        double worstRatio = 1;
        for (int seed = 1; seed <= instances; seed++)
        {
            var r = new Random(seed);
            var problem = RandomEvents.Create(seed, seekers: r.Next(1, 7), employers: r.Next(1, 4), slots: r.Next(1, 4),
                density: 0.4 + 0.5 * r.NextDouble(), maxInterviews: 3, maxInterviewers: 2, edgeCases: seed % 5 == 0);
            var timetable = TimetableSolver.Solve(problem);
            Assert.Empty(TimetableChecker.Check(problem, timetable));

            var (best, bestPlaced) = ExactTimetable.ByDegrees(problem);
            long total = RandomEvents.TotalTenths(timetable);
            Assert.True(total <= best, $"seed {seed}: {total} above the optimum {best}");
            double ratio = best == 0 ? 1 : (double)total / best;
            worstRatio = Math.Min(worstRatio, ratio);
            if (total == best)
            {
                atOptimum++;
                if (timetable.SeekersPlaced == bestPlaced) placedAtOptimum++;
            }
        }
        output.WriteLine($"{instances} instances: total score at the optimum in {atOptimum} ({100.0 * atOptimum / instances:F1} %), " +
                         $"worst ratio {worstRatio:P2}; seekers placed also optimal in {placedAtOptimum}");
        Assert.True(worstRatio >= 0.97, $"worst ratio {worstRatio:P2}");
        Assert.True(atOptimum >= 0.9 * instances, $"optimal in only {atOptimum} of {instances}");
        // The solver is exact, so in fact every instance is optimal on both objectives.
        Assert.Equal(instances, atOptimum);
        Assert.Equal(instances, placedAtOptimum);
    }

    [Fact]
    public void Degree_bounds_are_reachable_in_slots_on_the_smallest_events()
    {
        // Validates the exhaustive optimum used above: any pair set within the degree bounds fits the slots.
        for (int seed = 1; seed <= 150; seed++)
        {
            var r = new Random(seed);
            var problem = RandomEvents.Create(seed, seekers: r.Next(1, 5), employers: r.Next(1, 3), slots: r.Next(1, 3),
                density: 0.8, maxInterviews: 2, maxInterviewers: 2);
            Assert.Equal(ExactTimetable.BySlots(problem), ExactTimetable.ByDegrees(problem));
        }
    }

    [Fact]
    public void Medium_events_match_a_reference_min_cost_flow()
    {
        for (int seed = 1; seed <= 25; seed++)
        {
            var r = new Random(seed);
            var problem = RandomEvents.Create(1000 + seed, seekers: r.Next(20, 60), employers: r.Next(3, 10), slots: r.Next(2, 7),
                density: 0.3 + 0.4 * r.NextDouble(), maxInterviews: 4, maxInterviewers: 3, maxOpenings: 3, edgeCases: seed % 3 == 0);
            var timetable = TimetableSolver.Solve(problem);
            Assert.Empty(TimetableChecker.Check(problem, timetable));
            Assert.Equal(ExactTimetable.ByFlow(problem), (RandomEvents.TotalTenths(timetable), timetable.SeekersPlaced));
        }
    }

    [Theory]
    [InlineData(1, 400, 40, 12)]
    [InlineData(2, 800, 60, 18)]
    [InlineData(3, 300, 10, 6)]
    public void Pricing_certifies_optimality_over_all_pairs(int seed, int seekers, int employers, int slots)
    {
        // Larger than any reference here: weak LP duality gives the bound, and the solver's value must meet it.
        var problem = RandomEvents.Create(seed, seekers, employers, slots, density: 0.3, maxInterviews: 5, maxInterviewers: 3, maxOpenings: 3);
        var eligible = EligiblePairs.From(problem);
        int n = problem.Seekers.Count;
        var seekerCap = problem.Seekers.Select(s => Math.Clamp(s.MaxInterviews, 0, slots)).ToArray();
        var employerCap = problem.Employers.Select(e => Math.Max(0, e.InterviewersPerSlot) * slots).ToArray();
        var weight = Enumerable.Range(0, eligible.Count).Select(k => (long)Math.Round(eligible.Score(k) * 100) * (n + 1L)).ToArray();
        var result = TimetableSolver.SelectPairs(seekerCap, employerCap, eligible.Seeker, eligible.Employer, weight);
        output.WriteLine($"{eligible.Count} pairs, value {result.Value}, bound {result.Bound}, {result.Rounds} pricing rounds");
        Assert.Equal(result.Bound, result.Value);
    }

    [Theory]
    [InlineData(11, 0.0)]
    [InlineData(12, 0.05)]
    [InlineData(13, 0.3)]
    public void Pricing_from_a_poor_shortlist_reaches_the_same_optimum(int seed, double kept)
    {
        // Many pricing rounds, each warm-started from the previous flow and prices.
        var problem = RandomEvents.Create(seed, 300, 25, 8, density: 0.4, maxInterviews: 4, maxInterviewers: 3, maxOpenings: 2);
        var eligible = EligiblePairs.From(problem);
        var seekerCap = problem.Seekers.Select(s => Math.Clamp(s.MaxInterviews, 0, 8)).ToArray();
        var employerCap = problem.Employers.Select(e => Math.Max(0, e.InterviewersPerSlot) * 8).ToArray();
        var weight = Enumerable.Range(0, eligible.Count).Select(k => (long)Math.Round(eligible.Score(k) * 100) * 301L).ToArray();
        var r = new Random(seed);
        var shortlist = Enumerable.Range(0, eligible.Count).Select(_ => r.NextDouble() < kept).ToArray();

        var poor = TimetableSolver.SelectPairs(seekerCap, employerCap, eligible.Seeker, eligible.Employer, weight, shortlist: shortlist);
        var usual = TimetableSolver.SelectPairs(seekerCap, employerCap, eligible.Seeker, eligible.Employer, weight);
        var all = TimetableSolver.SelectPairs(seekerCap, employerCap, eligible.Seeker, eligible.Employer, weight, shortlist: Enumerable.Repeat(true, eligible.Count).ToArray());
        output.WriteLine($"{eligible.Count} pairs, {shortlist.Count(x => x)} shortlisted: {poor.Rounds} rounds; usual shortlist {usual.Rounds}");
        Assert.True(poor.Rounds > 1);
        Assert.Equal(poor.Bound, poor.Value);
        Assert.Equal(all.Value, poor.Value);
        Assert.Equal(all.Value, usual.Value);
        Assert.Equal(1, all.Rounds);
    }
}
