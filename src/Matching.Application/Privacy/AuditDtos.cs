using Matching.Domain.Privacy;

namespace Matching.Application.Privacy;

/// <summary>One access record as the admin reads it, with the e-mail of the account that acted.</summary>
public sealed record AuditEntry(
    long Id, DateTimeOffset At, Guid? ActorId, string? ActorEmail, string ActorRole, AuditAction Action, Guid? SubjectId, string Where, string? Purpose);

/// <summary>What a seeker is given when they ask who looked at their data (열람 청구).</summary>
public sealed record AccessHistory(Guid SeekerId, string SeekerName, DateTimeOffset PrintedAt, IReadOnlyList<AuditEntry> Entries);
