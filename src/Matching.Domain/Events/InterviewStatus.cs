namespace Matching.Domain.Events;

/// <summary>
/// An interview on the day: Scheduled (pre-matched, seeker not yet here) → Waiting (checked in, in the
/// booth's queue) → InProgress (called by the booth) → Done | NoShow. Cancelled when superseded.
/// </summary>
public enum InterviewStatus
{
    Scheduled,
    Waiting,
    InProgress,
    Done,
    NoShow,
    Cancelled,
}

/// <summary>How an interview came about.</summary>
public enum InterviewSource
{
    Prematched,
    WalkIn,
}

/// <summary>How a seeker came to an event.</summary>
public enum AttendeeSource
{
    Registered,
    WalkIn,
    /// <summary>A 금요채용마당 no-show invited on to the next week's instance.</summary>
    CarriedOver,
}
