using Matching.Domain.Events;

namespace Matching.UnitTests.Events;

/// <summary>The checker catches each kind of broken timetable (so the property tests can trust it).</summary>
public class TimetableCheckerTests
{
    private static (TimetableProblem Problem, Timetable Valid) Solved()
    {
        // Enough seekers and pairs that the solution has several interviews and unplaced seekers of each kind.
        for (int seed = 1; ; seed++)
        {
            var problem = RandomEvents.Create(seed, 12, 3, 3, density: 0.7, maxInterviews: 3, maxInterviewers: 2, minScore: 60, edgeCases: true);
            var timetable = TimetableSolver.Solve(problem);
            if (timetable.Interviews.Count >= 6 && timetable.Unplaced.Count >= 2
                && timetable.Interviews.Select(i => i.SeekerId).Distinct().Any(s => timetable.Interviews.Count(i => i.SeekerId == s) >= 2))
                return (problem, timetable);
        }
    }

    private static IReadOnlyList<string> CheckWith(Func<TimetableProblem, Timetable, Timetable> breakIt)
    {
        var (problem, valid) = Solved();
        Assert.Empty(TimetableChecker.Check(problem, valid));
        return TimetableChecker.Check(problem, breakIt(problem, valid));
    }

    private static Timetable WithInterviews(Timetable t, IEnumerable<Interview> interviews) => t with { Interviews = interviews.ToList() };

    [Fact]
    public void Slot_out_of_range_or_wrong_start_time()
    {
        Assert.Contains(CheckWith((p, t) => WithInterviews(t, t.Interviews.Select((i, k) => k == 0 ? i with { SlotIndex = p.SlotCount } : i))),
            v => v.Contains("no such slot"));
        Assert.Contains(CheckWith((p, t) => WithInterviews(t, t.Interviews.Select((i, k) => k == 0 ? i with { StartsAt = i.StartsAt.AddMinutes(5) } : i))),
            v => v.Contains("starts at"));
    }

    [Fact]
    public void Pair_below_the_threshold_or_not_a_candidate()
    {
        Assert.Contains(CheckWith((p, t) =>
        {
            var below = p.Pairs.First(c => c.Score < p.MinScore && p.Seekers.Any(s => s.SeekerId == c.SeekerId)
                && p.Employers.Any(e => e.EmployerId == c.EmployerId && e.OpeningIds.Contains(c.OpeningId)));
            return WithInterviews(t, t.Interviews.Append(new Interview(0, p.SlotStarts[0], below.EmployerId, below.OpeningId, below.SeekerId, below.Score)));
        }), v => v.Contains("below"));
        Assert.Contains(CheckWith((p, t) => WithInterviews(t, t.Interviews.Select((i, k) => k == 0 ? i with { OpeningId = Guid.NewGuid() } : i))),
            v => v.Contains("not an eligible pair"));
        Assert.Contains(CheckWith((p, t) => WithInterviews(t, t.Interviews.Select((i, k) => k == 0 ? i with { Score = i.Score + 1 } : i))),
            v => v.Contains("differs"));
        Assert.Contains(CheckWith((p, t) => WithInterviews(t, t.Interviews.Select((i, k) => k == 0 ? i with { SeekerId = Guid.NewGuid() } : i))),
            v => v.Contains("seeker not at the event"));
    }

    [Fact]
    public void Seeker_twice_in_a_slot_or_twice_with_an_employer()
    {
        Assert.Contains(CheckWith((p, t) =>
        {
            var s = t.Interviews.GroupBy(i => i.SeekerId).First(g => g.Count() >= 2).ToList();
            return WithInterviews(t, t.Interviews.Select(i => i == s[1] ? i with { SlotIndex = s[0].SlotIndex, StartsAt = s[0].StartsAt } : i));
        }), v => v.Contains("two interviews in this slot"));
        Assert.Contains(CheckWith((p, t) =>
        {
            var first = t.Interviews[0];
            int other = Enumerable.Range(0, p.SlotCount).First(s => s != first.SlotIndex);
            return WithInterviews(t, t.Interviews.Append(first with { SlotIndex = other, StartsAt = p.SlotStarts[other] }));
        }), v => v.Contains("meets this employer twice"));
    }

    [Fact]
    public void Seeker_over_their_maximum()
    {
        var (problem, valid) = Solved();
        var busy = valid.Interviews.GroupBy(i => i.SeekerId).First(g => g.Count() >= 2).Key;
        var lowered = problem with { Seekers = problem.Seekers.Select(x => x.SeekerId == busy ? x with { MaxInterviews = 1 } : x).ToList() };
        Assert.Contains(TimetableChecker.Check(lowered, valid), v => v.Contains("at most 1 wanted"));
    }

    [Fact]
    public void Employer_over_its_interviewers_in_a_slot()
    {
        var (problem, valid) = Solved();
        var busy = valid.Interviews.First();
        var fewer = problem with { Employers = problem.Employers.Select(e => e.EmployerId == busy.EmployerId ? e with { InterviewersPerSlot = 0 } : e).ToList() };
        Assert.Contains(TimetableChecker.Check(fewer, valid), v => v.Contains("interviewers"));
    }

    [Fact]
    public void Not_the_best_opening_of_the_employer()
    {
        var (problem, valid) = Solved();
        var first = valid.Interviews[0];
        var newOpening = Guid.NewGuid();
        var better = problem with
        {
            Employers = problem.Employers.Select(e => e.EmployerId == first.EmployerId ? e with { OpeningIds = [.. e.OpeningIds, newOpening] } : e).ToList(),
            Pairs = problem.Pairs.Append(new CandidatePair(first.SeekerId, first.EmployerId, newOpening, 100)).ToList(),
        };
        Assert.Contains(TimetableChecker.Check(better, valid), v => v.Contains("scores"));
    }

    [Fact]
    public void Unplaced_list_missing_duplicated_or_with_the_wrong_reason()
    {
        Assert.Contains(CheckWith((p, t) => t with { Unplaced = t.Unplaced.Skip(1).ToList() }), v => v.Contains("not listed as unplaced"));
        Assert.Contains(CheckWith((p, t) => t with { Unplaced = t.Unplaced.Append(t.Unplaced[0]).ToList() }), v => v.Contains("listed twice"));
        Assert.Contains(CheckWith((p, t) => t with { Unplaced = t.Unplaced.Select((u, k) => k == 0 ? u with { Reason = "?" } : u).ToList() }),
            v => v.Contains("expected"));
        Assert.Contains(CheckWith((p, t) => t with { Unplaced = t.Unplaced.Append(new UnplacedSeeker(t.Interviews[0].SeekerId, UnplacedReasons.CapacityExhausted)).ToList() }),
            v => v.Contains("has interviews"));
    }
}
