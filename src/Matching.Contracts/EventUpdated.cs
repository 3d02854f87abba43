namespace Matching.Contracts;

/// <summary>
/// Something happened at a recruitment event (check-in, a booth called or finished an interview, pre-matching
/// done, closed). Every API node pushes it to its hub clients; <paramref name="Booths"/> holds the booths whose
/// queue changed, with who is next.
/// </summary>
public record EventUpdated(Guid EventId, string Kind, IReadOnlyList<BoothState> Booths, DateTimeOffset At);

/// <summary>A booth's queue: how many wait, how many are being interviewed, and who is next (null when nobody waits).</summary>
public record BoothState(Guid EmployerId, string EmployerName, int Waiting, int InProgress, NextCandidate? Next);

public record NextCandidate(Guid InterviewId, Guid SeekerId, string SeekerName, Guid OpeningId, string OpeningTitle, double Score, string Source, DateTimeOffset? SlotStartsAt);
