using Matching.Domain.Events;

namespace Matching.UnitTests.Events;

public sealed class BoothQueueTests
{
    private static readonly DateTimeOffset Ten = new(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(9));

    private static QueuedCandidate Prematched(DateTimeOffset slot, DateTimeOffset checkedIn, double score = 70, Guid? seeker = null) =>
        new(Guid.NewGuid(), seeker ?? Guid.NewGuid(), InterviewSource.Prematched, slot, checkedIn, score);

    private static QueuedCandidate WalkIn(DateTimeOffset checkedIn, double score = 70, Guid? seeker = null) =>
        new(Guid.NewGuid(), seeker ?? Guid.NewGuid(), InterviewSource.WalkIn, null, checkedIn, score);

    [Fact]
    public void A_prematched_seeker_whose_slot_has_begun_goes_before_an_earlier_walk_in()
    {
        var walkIn = WalkIn(Ten.AddMinutes(-20));
        var due = Prematched(Ten, Ten.AddMinutes(-5));

        Assert.Equal(due, BoothQueue.Next([walkIn, due], new HashSet<Guid>(), Ten.AddMinutes(1)));
    }

    [Fact]
    public void Before_the_slot_a_walk_in_who_is_here_fills_the_time()
    {
        var walkIn = WalkIn(Ten.AddMinutes(-20));
        var later = Prematched(Ten.AddMinutes(30), Ten.AddMinutes(-25));

        Assert.Equal(walkIn, BoothQueue.Next([later, walkIn], new HashSet<Guid>(), Ten));
    }

    [Fact]
    public void Due_appointments_go_by_slot_then_walk_ins_by_arrival_then_score()
    {
        var slot0 = Prematched(Ten, Ten.AddMinutes(-10));
        var slot1 = Prematched(Ten.AddMinutes(30), Ten.AddMinutes(-10));
        var early = WalkIn(Ten.AddMinutes(5), score: 60);
        var sameTimeBetter = WalkIn(Ten.AddMinutes(10), score: 90);
        var sameTimeWorse = WalkIn(Ten.AddMinutes(10), score: 55);

        var order = BoothQueue.Order([sameTimeWorse, early, slot1, sameTimeBetter, slot0], Ten.AddMinutes(40)).ToList();

        Assert.Equal([slot0, slot1, early, sameTimeBetter, sameTimeWorse], order);
    }

    [Fact]
    public void A_seeker_in_an_interview_elsewhere_is_skipped_until_free()
    {
        var busySeeker = Guid.NewGuid();
        var due = Prematched(Ten, Ten.AddMinutes(-5), seeker: busySeeker);
        var walkIn = WalkIn(Ten.AddMinutes(-1));

        Assert.Equal(walkIn, BoothQueue.Next([due, walkIn], new HashSet<Guid> { busySeeker }, Ten.AddMinutes(2)));
        Assert.Null(BoothQueue.Next([due], new HashSet<Guid> { busySeeker }, Ten.AddMinutes(2)));
    }

    [Fact]
    public void A_walk_in_joins_the_best_opening_of_each_of_the_best_booths_above_the_threshold()
    {
        var seeker = Guid.NewGuid();
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid(), d = Guid.NewGuid();
        Guid a1 = Guid.NewGuid(), a2 = Guid.NewGuid(), b1 = Guid.NewGuid(), c1 = Guid.NewGuid(), d1 = Guid.NewGuid();
        CandidatePair[] pairs =
        [
            new(seeker, a, a1, 60), new(seeker, a, a2, 80), new(seeker, b, b1, 75), new(seeker, c, c1, 49.9), new(seeker, d, d1, 70),
        ];

        var choices = WalkInPlacement.BestBooths(pairs, minScore: 50, maxBooths: 2);

        Assert.Equal([new BoothChoice(a, a2, 80), new BoothChoice(b, b1, 75)], choices);
        Assert.DoesNotContain(WalkInPlacement.BestBooths(pairs, 50, 10), x => x.EmployerId == c);
    }
}
