using Matching.Domain.Events;

namespace Matching.UnitTests.Events;

public class TimetableScenarioTests
{
    private static readonly Guid Kim = G(1), Lee = G(2), Park = G(3), Choi = G(4);
    private static readonly Guid Bakery = G(10), Factory = G(11);
    private static readonly Guid Baker = G(20), Cashier = G(21), Welder = G(22);

    private static Guid G(int i) => new($"00000000-0000-0000-0000-{i:D12}");

    private static TimetableProblem Event(int slots, IReadOnlyList<EventEmployer> employers, IReadOnlyList<EventSeeker> seekers,
        IReadOnlyList<CandidatePair> pairs, double minScore = 60) => new()
    {
        SlotStarts = TimetableProblem.ConsecutiveSlots(RandomEvents.Start, TimeSpan.FromMinutes(30), slots),
        Employers = employers,
        Seekers = seekers,
        Pairs = pairs,
        MinScore = minScore,
    };

    private static Timetable SolveChecked(TimetableProblem problem)
    {
        var timetable = TimetableSolver.Solve(problem);
        Assert.Empty(TimetableChecker.Check(problem, timetable));
        return timetable;
    }

    [Fact]
    public void Seeker_without_a_pair_above_the_threshold_is_listed_with_that_reason()
    {
        var problem = Event(2, [new(Bakery, 1, [Baker])], [new(Kim, 2), new(Lee, 2)],
            [new(Kim, Bakery, Baker, 80), new(Lee, Bakery, Baker, 59.9)]);
        var timetable = SolveChecked(problem);
        Assert.Equal([Kim], timetable.Interviews.Select(i => i.SeekerId));
        Assert.Equal([new UnplacedSeeker(Lee, UnplacedReasons.NoPairAboveThreshold)], timetable.Unplaced);
        Assert.Equal("기준 점수 이상인 기업 없음", timetable.Unplaced[0].Reason);
    }

    [Fact]
    public void Seeker_crowded_out_of_a_full_employer_is_listed_as_short_of_time()
    {
        // One interviewer, two slots, three seekers: the two best scores get the slots.
        var problem = Event(2, [new(Bakery, 1, [Baker])], [new(Kim, 1), new(Lee, 1), new(Park, 1)],
            [new(Kim, Bakery, Baker, 90), new(Lee, Bakery, Baker, 70), new(Park, Bakery, Baker, 80)]);
        var timetable = SolveChecked(problem);
        Assert.Equal([Kim, Park], timetable.Interviews.Select(i => i.SeekerId).Order());
        Assert.Equal([0, 1], timetable.Interviews.Select(i => i.SlotIndex).Order());
        Assert.Equal([new UnplacedSeeker(Lee, UnplacedReasons.CapacityExhausted)], timetable.Unplaced);
        Assert.Equal("면접 시간 부족", timetable.Unplaced[0].Reason);
    }

    [Fact]
    public void Seeker_who_wants_no_interview_gets_none()
    {
        var problem = Event(3, [new(Bakery, 2, [Baker])], [new(Kim, 0)], [new(Kim, Bakery, Baker, 95)]);
        var timetable = SolveChecked(problem);
        Assert.Empty(timetable.Interviews);
        Assert.Equal([new UnplacedSeeker(Kim, UnplacedReasons.NoInterviewsWanted)], timetable.Unplaced);
    }

    [Fact]
    public void Interview_is_for_the_employers_best_opening_for_that_seeker_and_only_one()
    {
        var problem = Event(3, [new(Bakery, 1, [Baker, Cashier])], [new(Kim, 3)],
            [new(Kim, Bakery, Cashier, 70), new(Kim, Bakery, Baker, 85)]);
        var timetable = SolveChecked(problem);
        var interview = Assert.Single(timetable.Interviews);
        Assert.Equal((Baker, 85.0), (interview.OpeningId, interview.Score));
        Assert.Equal(RandomEvents.Start, interview.StartsAt);
    }

    [Fact]
    public void Total_score_comes_first()
    {
        // One slot, one place at each employer; Kim can only go to one. Kim at the factory alone scores 90;
        // Kim at the bakery and Lee at the factory score 80 + 85.
        var problem = Event(1, [new(Bakery, 1, [Baker]), new(Factory, 1, [Welder])], [new(Kim, 2), new(Lee, 1)],
            [new(Kim, Factory, Welder, 90), new(Kim, Bakery, Baker, 80), new(Lee, Factory, Welder, 85)]);
        var timetable = SolveChecked(problem);
        Assert.Equal(165, timetable.TotalScore, 6);
        Assert.Contains(timetable.Interviews, i => i.SeekerId == Kim && i.EmployerId == Bakery);
    }

    [Fact]
    public void Among_equal_totals_more_seekers_get_an_interview()
    {
        // Two places at the bakery, all scores equal: Kim (who also has the factory) should not take one of them.
        var problem = Event(2, [new(Bakery, 1, [Baker]), new(Factory, 1, [Welder])], [new(Kim, 2), new(Lee, 1), new(Park, 1)],
            [new(Kim, Bakery, Baker, 70), new(Lee, Bakery, Baker, 70), new(Park, Bakery, Baker, 70), new(Kim, Factory, Welder, 70)]);
        var timetable = SolveChecked(problem);
        Assert.Equal(210, timetable.TotalScore, 6);
        Assert.Equal(3, timetable.SeekersPlaced);
        Assert.Empty(timetable.Unplaced);
    }

    [Fact]
    public void Employer_with_two_interviewers_sees_two_seekers_at_once()
    {
        var problem = Event(1, [new(Factory, 2, [Welder])], [new(Kim, 1), new(Lee, 1), new(Park, 1)],
            [new(Kim, Factory, Welder, 70), new(Lee, Factory, Welder, 75), new(Park, Factory, Welder, 65)]);
        var timetable = SolveChecked(problem);
        Assert.Equal([Kim, Lee], timetable.Interviews.Select(i => i.SeekerId).Order());
        Assert.All(timetable.Interviews, i => Assert.Equal(0, i.SlotIndex));
    }

    [Fact]
    public void Event_without_slots_places_nobody()
    {
        var problem = Event(0, [new(Factory, 2, [Welder])], [new(Kim, 1), new(Choi, 1)], [new(Kim, Factory, Welder, 70)]);
        var timetable = SolveChecked(problem);
        Assert.Empty(timetable.Interviews);
        Assert.Equal([new UnplacedSeeker(Kim, UnplacedReasons.CapacityExhausted), new UnplacedSeeker(Choi, UnplacedReasons.NoPairAboveThreshold)],
            timetable.Unplaced);
    }

    [Fact]
    public void Empty_event_gives_an_empty_timetable()
    {
        var timetable = SolveChecked(Event(4, [], [], []));
        Assert.Empty(timetable.Interviews);
        Assert.Empty(timetable.Unplaced);
    }

    [Fact]
    public void Duplicate_participants_and_scores_out_of_range_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => TimetableSolver.Solve(Event(1, [], [new(Kim, 1), new(Kim, 2)], [])));
        Assert.Throws<ArgumentException>(() => TimetableSolver.Solve(Event(1, [new(Bakery, 1, [Baker]), new(Bakery, 1, [Cashier])], [], [])));
        Assert.Throws<ArgumentOutOfRangeException>(() => TimetableSolver.Solve(
            Event(1, [new(Bakery, 1, [Baker])], [new(Kim, 1)], [new(Kim, Bakery, Baker, 101)])));
    }

    [Fact]
    public void Slots_follow_the_event_start_and_slot_length()
    {
        var starts = TimetableProblem.ConsecutiveSlots(RandomEvents.Start, TimeSpan.FromMinutes(20), 3);
        Assert.Equal([RandomEvents.Start, RandomEvents.Start.AddMinutes(20), RandomEvents.Start.AddMinutes(40)], starts);
    }
}
