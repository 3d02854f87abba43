using Matching.Domain.Privacy;

namespace Matching.Infrastructure.Store.Entities;

/// <summary>
/// One access to personal data (개인정보 접속기록): who, in which role, when, about whom, where, and for an
/// export the purpose typed. Append-only: the store refuses to change or delete a row.
/// </summary>
public sealed class AuditRecord
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? ActorId { get; set; }
    public string ActorRole { get; set; } = "";
    public AuditAction Action { get; set; }

    /// <summary>The seeker concerned; null for an export of figures about nobody in particular.</summary>
    public Guid? SubjectId { get; set; }

    /// <summary>The route ("GET /api/seekers/{id}") or page ("/counsellor/seekers/…").</summary>
    public string Where { get; set; } = "";

    public string? Purpose { get; set; }
}
