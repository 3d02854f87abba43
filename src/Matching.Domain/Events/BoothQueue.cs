namespace Matching.Domain.Events;

/// <summary>A seeker waiting at a booth: pre-matched ones carry their slot time, walk-ins their check-in time.</summary>
public sealed record QueuedCandidate(Guid InterviewId, Guid SeekerId, InterviewSource Source, DateTimeOffset? SlotStartsAt, DateTimeOffset QueuedAt, double Score);

/// <summary>Who a booth should call next.</summary>
public static class BoothQueue
{
    /// <summary>
    /// Candidates are seen in the order they can be: a pre-matched seeker from their slot time (or from
    /// check-in, if later), a walk-in from check-in; ties go to the higher score. Seekers already in an
    /// interview at another booth are skipped until they are free.
    /// </summary>
    public static QueuedCandidate? Next(IEnumerable<QueuedCandidate> waiting, IReadOnlySet<Guid> busySeekers) =>
        Order(waiting).FirstOrDefault(c => !busySeekers.Contains(c.SeekerId));

    public static IEnumerable<QueuedCandidate> Order(IEnumerable<QueuedCandidate> waiting) =>
        waiting.OrderBy(ReadyAt).ThenByDescending(c => c.Score).ThenBy(c => c.InterviewId);

    private static DateTimeOffset ReadyAt(QueuedCandidate c) =>
        c.SlotStartsAt is { } slot && slot > c.QueuedAt ? slot : c.QueuedAt;
}
