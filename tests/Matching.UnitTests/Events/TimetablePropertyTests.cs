using Matching.Domain.Events;

namespace Matching.UnitTests.Events;

/// <summary>Every solver output, on many random events of every shape, passes the checker.</summary>
public class TimetablePropertyTests
{
    public static TheoryData<int, int, int, int, int, int> Shapes => new()
    {
        // seekers, employers, slots, maxInterviews, maxInterviewers, seeds
        { 8, 3, 3, 3, 2, 300 },
        { 30, 5, 4, 4, 3, 100 },
        { 60, 12, 6, 5, 2, 40 },
        { 25, 25, 2, 3, 1, 60 },   // employers plentiful, slots scarce
        { 120, 3, 10, 6, 4, 30 },  // seekers plentiful
        { 10, 4, 1, 4, 5, 100 },   // one slot: maxInterviews must be cut to it
        { 200, 30, 18, 8, 3, 6 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_timetable_keeps_every_rule(int seekers, int employers, int slots, int maxInterviews, int maxInterviewers, int seeds)
    {
        for (int seed = 1; seed <= seeds; seed++)
        {
            var r = new Random(seed * 7919 + seekers);
            var problem = RandomEvents.Create(seed, r.Next(1, seekers + 1), r.Next(1, employers + 1), slots,
                density: r.NextDouble(), maxInterviews, maxInterviewers, maxOpenings: 3, minScore: r.Next(0, 90), edgeCases: seed % 2 == 0);
            var timetable = TimetableSolver.Solve(problem);
            var violations = TimetableChecker.Check(problem, timetable);
            Assert.True(violations.Count == 0, $"seed {seed}: {string.Join("; ", violations.Take(5))}");
        }
    }

    [Fact]
    public void Job_fair_sized_event_keeps_every_rule()
    {
        var problem = RandomEvents.Create(99, 1500, 80, 18, density: 0.3, maxInterviews: 5, maxInterviewers: 3, maxOpenings: 3, minScore: 60);
        var timetable = TimetableSolver.Solve(problem);
        Assert.Empty(TimetableChecker.Check(problem, timetable));
        Assert.NotEmpty(timetable.Interviews);
    }

    [Fact]
    public void Cancelled_solve_stops()
    {
        var problem = RandomEvents.Create(3, 50, 5, 4);
        Assert.Throws<OperationCanceledException>(() => TimetableSolver.Solve(problem, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Solving_twice_gives_the_same_timetable()
    {
        var problem = RandomEvents.Create(5, 80, 10, 6, density: 0.5, maxInterviews: 4, maxInterviewers: 2);
        var a = TimetableSolver.Solve(problem);
        var b = TimetableSolver.Solve(problem);
        Assert.Equal(a.Interviews, b.Interviews);
        Assert.Equal(a.Unplaced, b.Unplaced);
    }

    [Fact]
    public void Slot_colouring_never_fails_within_the_degree_bound()
    {
        // Bipartite multigraphs at full degree: König's theorem says the degree is enough colours.
        for (int seed = 1; seed <= 200; seed++)
        {
            var r = new Random(seed);
            int left = r.Next(1, 12), right = r.Next(1, 12), colours = r.Next(1, 8);
            var leftDegree = new int[left];
            var rightDegree = new int[right];
            var edgeLeft = new List<int>();
            var edgeRight = new List<int>();
            for (int attempt = 0; attempt < 400; attempt++)
            {
                int u = r.Next(left), v = r.Next(right);
                if (leftDegree[u] == colours || rightDegree[v] == colours) continue;
                leftDegree[u]++; rightDegree[v]++;
                edgeLeft.Add(u); edgeRight.Add(v);
            }
            var colour = SlotColouring.Colour(left, right, [.. edgeLeft], [.. edgeRight], colours);
            var used = new HashSet<(bool, int, int)>();
            for (int k = 0; k < colour.Length; k++)
            {
                Assert.InRange(colour[k], 0, colours - 1);
                Assert.True(used.Add((true, edgeLeft[k], colour[k])), $"seed {seed}: left {edgeLeft[k]} has colour {colour[k]} twice");
                Assert.True(used.Add((false, edgeRight[k], colour[k])), $"seed {seed}: right {edgeRight[k]} has colour {colour[k]} twice");
            }
        }
    }
}
