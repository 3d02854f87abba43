using Matching.Application.Common;
using Matching.Domain.Privacy;
using Matching.Infrastructure;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Application.Privacy;

/// <summary>
/// Writes the access records (개인정보 접속기록) of the use cases: a read is committed before its answer
/// leaves, a change in the same transaction as the change, so no access goes unrecorded.
/// </summary>
public sealed class AuditTrail(MatchingDbContext db, TimeProvider clock)
{
    /// <summary>The longest purpose an export may give; a sentence, not a document.</summary>
    public const int PurposeMaxLength = 200;

    /// <summary>Records that <paramref name="actor"/> was shown these seekers' personal data.</summary>
    public async Task ReadAsync(Actor actor, IEnumerable<Guid> subjects, CancellationToken ct = default)
    {
        if (Stage(actor, AuditAction.Read, subjects.Distinct().Select(s => (Guid?)s), null) > 0)
        {
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>Staged only: committed by the use case's own save, with the change.</summary>
    public void Changed(Actor actor, Guid subject) => Stage(actor, AuditAction.Change, [(Guid?)subject], null);

    /// <summary>An export: one record naming no one for figures, or one per seeker a file lists.</summary>
    public async Task ExportedAsync(Actor actor, string? purpose, IReadOnlyCollection<Guid>? subjects = null, CancellationToken ct = default)
    {
        IEnumerable<Guid?> listed = subjects is { Count: > 0 } ? subjects.Distinct().Select(s => (Guid?)s) : [null];
        Stage(actor, AuditAction.Export, listed, purpose?.Trim());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>An export's purpose, typed by the person exporting: required when the file lists people.</summary>
    public static void CheckPurpose(string? purpose, bool required, ValidationErrors errors)
    {
        if (required)
        {
            errors.Required("purpose", purpose);
        }

        errors.Length("purpose", purpose, 2, PurposeMaxLength);
    }

    private int Stage(Actor actor, AuditAction action, IEnumerable<Guid?> subjects, string? purpose)
    {
        var at = clock.Now();
        var count = 0;
        foreach (var subject in subjects)
        {
            db.AuditRecords.Add(new AuditRecord
            {
                At = at, ActorId = actor.UserId, ActorRole = actor.Role ?? "", Action = action, SubjectId = subject,
                Where = actor.Where, Purpose = purpose,
            });
            count++;
        }

        return count;
    }
}
