using Matching.Domain.Events;

namespace Matching.Application.Events;

/// <summary>Where a seeker stands at one booth: their place in its queue (1 = next), or the slot they are expected at.</summary>
public sealed record QueuePlace(Guid InterviewId, Guid EmployerId, string EmployerName, string OpeningTitle, InterviewStatus Status, int? Position,
    DateTimeOffset? SlotStartsAt);

public enum Attendance
{
    NotRegistered,
    Registered,
    CheckedIn,
}

/// <summary>
/// A seeker found at the check-in desk: enough to tell people of the same name apart (birth year, the phone
/// masked as 010-****-5678), whether they are expected, and their queue places once checked in.
/// </summary>
public sealed record DeskSeeker(Guid SeekerId, string Name, int BirthYear, string MaskedPhone, Attendance Attendance, AttendeeSource? Source,
    DateTimeOffset? CheckedInAt, IReadOnlyList<QueuePlace> Places);

/// <summary>The desk's running count.</summary>
public sealed record DeskCounts(int Registered, int CheckedIn, int WalkIns);

/// <summary>Someone waiting at a booth, in the order the booth will call them; <c>Busy</c>: in an interview at another booth just now.</summary>
public sealed record BoothQueueEntry(Guid InterviewId, Guid SeekerId, string SeekerName, string OpeningTitle, InterviewSource Source,
    DateTimeOffset? SlotStartsAt, DateTimeOffset? QueuedAt, bool Busy);

public sealed record BoothInterview(Guid InterviewId, Guid SeekerId, string SeekerName, string OpeningTitle, DateTimeOffset? CalledAt);

/// <summary>A booth's own screen: who is in an interview, who waits in order, and how the day has gone so far.</summary>
public sealed record BoothScreen(
    Guid EventId,
    string EventTitle,
    EventStatus EventStatus,
    Guid EmployerId,
    string EmployerName,
    int InterviewersPerSlot,
    IReadOnlyList<BoothInterview> Interviewing,
    IReadOnlyList<BoothQueueEntry> Queue,
    int Expected,
    int Done,
    int NoShows);
