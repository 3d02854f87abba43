namespace Matching.Domain.Events;

/// <summary>A seeker waiting at a booth: pre-matched ones carry their slot time, walk-ins their check-in time.</summary>
public sealed record QueuedCandidate(Guid InterviewId, Guid SeekerId, InterviewSource Source, DateTimeOffset? SlotStartsAt, DateTimeOffset QueuedAt, double Score);

/// <summary>Who a booth should call next.</summary>
public static class BoothQueue
{
    /// <summary>
    /// A pre-matched seeker whose slot has come goes first: they hold an appointment. Otherwise candidates are
    /// seen in the order they can be (walk-ins from check-in, pre-matched ones from their slot), so walk-ins
    /// fill the time before a slot; ties go to the higher score. Seekers already in an interview at another
    /// booth are skipped until they are free.
    /// </summary>
    public static QueuedCandidate? Next(IEnumerable<QueuedCandidate> waiting, IReadOnlySet<Guid> busySeekers, DateTimeOffset now) =>
        Order(waiting, now).FirstOrDefault(c => !busySeekers.Contains(c.SeekerId));

    public static IEnumerable<QueuedCandidate> Order(IEnumerable<QueuedCandidate> waiting, DateTimeOffset now) =>
        waiting.OrderBy(c => IsDueAppointment(c, now) ? 0 : 1)
            .ThenBy(ReadyAt)
            .ThenByDescending(c => c.Score)
            .ThenBy(c => c.InterviewId);

    private static bool IsDueAppointment(QueuedCandidate c, DateTimeOffset now) => c.SlotStartsAt is { } slot && slot <= now;

    private static DateTimeOffset ReadyAt(QueuedCandidate c) =>
        c.SlotStartsAt is { } slot && slot > c.QueuedAt ? slot : c.QueuedAt;
}
