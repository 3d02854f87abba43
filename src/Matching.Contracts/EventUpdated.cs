namespace Matching.Contracts;

/// <summary>
/// Something happened at a recruitment event (check-in, a booth called or finished an interview, pre-matching
/// done, closed). Every API node pushes it to its hub clients; <paramref name="Booths"/> holds the booths whose
/// queue changed, with who is next.
/// </summary>
public record EventUpdated(Guid EventId, string Kind, IReadOnlyList<BoothState> Booths, DateTimeOffset At);

/// <summary>
/// A booth's queue: how many wait, how many are being interviewed and by whom, and who is next (null when nobody
/// waits). <paramref name="Interviewing"/> came later: a message from an older node leaves it null.
/// </summary>
public record BoothState(Guid EmployerId, string EmployerName, int Waiting, int InProgress, NextCandidate? Next,
    IReadOnlyList<CurrentInterview>? Interviewing = null);

public record NextCandidate(Guid InterviewId, Guid SeekerId, string SeekerName, Guid OpeningId, string OpeningTitle, double Score, string Source, DateTimeOffset? SlotStartsAt);

/// <summary>A seeker in an interview at the booth now, since <paramref name="CalledAt"/>.</summary>
public record CurrentInterview(Guid InterviewId, Guid SeekerId, string SeekerName, Guid OpeningId, DateTimeOffset? CalledAt);
