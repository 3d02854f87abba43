namespace Matching.Infrastructure.Events;

/// <summary>Background work an endpoint or job asks for; the scheduler runs it on whichever node is free.</summary>
public interface IEventJobs
{
    /// <summary>Schedules the event's pre-match to run now; the caller has saved its status as queued.</summary>
    Task PrematchAsync(Guid eventId, CancellationToken ct);
}
