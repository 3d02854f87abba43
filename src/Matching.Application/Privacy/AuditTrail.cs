using Matching.Application.Common;
using Matching.Domain.Privacy;
using Matching.Infrastructure;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Application.Privacy;

/// <summary>
/// Writes the access records (개인정보 접속기록) of the use cases: a read is committed before its answer
/// leaves (grouped with other requests' reads by <see cref="AccessRecordWriter"/>), a change in the same transaction
/// as the change, so no access goes unrecorded. On SQLite all are numbered by <see cref="AccessRecordIds"/>.
/// </summary>
public sealed class AuditTrail(MatchingDbContext db, AccessRecordWriter reads, AccessRecordIds ids, TimeProvider clock)
{
    /// <summary>The longest purpose an export may give; a sentence, not a document.</summary>
    public const int PurposeMaxLength = 200;

    /// <summary>Records that <paramref name="actor"/> was shown these seekers' personal data.</summary>
    public async Task ReadAsync(Actor actor, IEnumerable<Guid> subjects, CancellationToken ct = default)
    {
        var records = Records(actor, AuditAction.Read, subjects.Distinct().Select(s => (Guid?)s), null);
        if (records.Count > 0)
        {
            await reads.AppendAsync(records).WaitAsync(ct);
        }
    }

    /// <summary>
    /// Records a read of these seekers when <paramref name="actor"/>'s role is shown their personal data; roles that see
    /// them masked or anonymised read nothing personal, so nothing is recorded for them.
    /// </summary>
    public Task ShownAsync(Actor actor, IEnumerable<Guid> subjects, CancellationToken ct = default) =>
        actor.SeesPersonalData ? ReadAsync(actor, subjects, ct) : Task.CompletedTask;

    /// <summary>Staged only: committed by the use case's own save, with the change.</summary>
    public void Changed(Actor actor, Guid subject) => db.AuditRecords.AddRange(Records(actor, AuditAction.Change, [(Guid?)subject], null));

    /// <summary>An export: one record naming no one for figures, or one per seeker a file lists.</summary>
    public async Task ExportedAsync(Actor actor, string? purpose, IReadOnlyCollection<Guid>? subjects = null, CancellationToken ct = default)
    {
        IEnumerable<Guid?> listed = subjects is { Count: > 0 } ? subjects.Distinct().Select(s => (Guid?)s) : [null];
        db.AuditRecords.AddRange(Records(actor, AuditAction.Export, listed, purpose?.Trim()));
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

    private List<AuditRecord> Records(Actor actor, AuditAction action, IEnumerable<Guid?> subjects, string? purpose)
    {
        var at = clock.Now();
        var records = subjects.Select(subject => new AuditRecord
        {
            At = at, ActorId = actor.UserId, ActorRole = actor.Role ?? "", Action = action, SubjectId = subject,
            Where = actor.Where, Purpose = purpose,
        }).ToList();
        ids.Number(records);
        return records;
    }
}
