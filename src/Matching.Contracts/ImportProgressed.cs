namespace Matching.Contracts;

/// <summary>
/// A bulk import moved: claimed by a node, a chunk committed, or finished. The counts are the job's totals so far,
/// so a lost message is made good by the next. <paramref name="State"/> is the job's state by name (Running,
/// Completed, Failed).
/// </summary>
public record ImportProgressed(Guid JobId, string State, int Processed, int Accepted, int Rejected, DateTimeOffset At);
