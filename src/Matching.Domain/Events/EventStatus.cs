namespace Matching.Domain.Events;

/// <summary>An event is open until its close-out job (or the organiser) closes it.</summary>
public enum EventStatus
{
    Scheduled,
    Closed,
}

/// <summary>Where pre-matching stands for one event.</summary>
public enum PrematchStatus
{
    None,
    Queued,
    Done,
    Failed,
}
