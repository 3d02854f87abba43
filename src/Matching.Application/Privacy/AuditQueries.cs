using Matching.Application.Common;
using Matching.Infrastructure;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Privacy;

public sealed class AuditQueries(MatchingDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <summary>The admin's review: by seeker, by account and by Korean calendar days, newest first.</summary>
    public async Task<Page<AuditEntry>> SearchAsync(
        Guid? subjectId, Guid? actorId, DateOnly? from, DateOnly? to, int skip, int take, CancellationToken ct = default)
    {
        var query = db.AuditRecords.AsNoTracking();
        if (subjectId is { } subject)
        {
            query = query.Where(r => r.SubjectId == subject);
        }

        if (actorId is { } actor)
        {
            query = query.Where(r => r.ActorId == actor);
        }

        if (from is { } f)
        {
            var start = f.At();
            query = query.Where(r => r.At >= start);
        }

        if (to is { } t)
        {
            var end = t.AddDays(1).At();
            query = query.Where(r => r.At < end);
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(r => r.At).ThenByDescending(r => r.Id)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 1000)).ToListAsync(ct);
        return new Page<AuditEntry>(total, await EntriesAsync(rows, ct));
    }

    /// <summary>
    /// 열람 청구: every access to one seeker's data, oldest first, for the counsellor to print and hand over.
    /// Reading it shows the seeker's name, so it is an access too, and is the last line of what it prints.
    /// </summary>
    public async Task<Result<AccessHistory>> AccessHistoryAsync(Actor actor, Guid seekerId, CancellationToken ct = default)
    {
        if (!actor.SeesPersonalData)
        {
            return Problem.Forbidden("구직자의 열람 기록은 상담사만 출력할 수 있습니다.");
        }

        var name = await db.Seekers.Where(s => s.Id == seekerId && s.Status == ProfileStatus.Active).Select(s => s.Name).FirstOrDefaultAsync(ct);
        if (name is null)
        {
            return Problem.NotFound("구직자", seekerId);
        }

        await audit.ReadAsync(actor, [seekerId], ct);
        var rows = await db.AuditRecords.AsNoTracking().Where(r => r.SubjectId == seekerId).OrderBy(r => r.At).ThenBy(r => r.Id).ToListAsync(ct);
        return new AccessHistory(seekerId, name, clock.Now(), await EntriesAsync(rows, ct));
    }

    private async Task<List<AuditEntry>> EntriesAsync(List<AuditRecord> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.ActorId).OfType<Guid>().Distinct().ToList();
        var emails = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Email }).ToDictionaryAsync(u => u.Id, u => u.Email, ct);
        return rows.Select(r => new AuditEntry(r.Id, r.At, r.ActorId, r.ActorId is { } a ? emails.GetValueOrDefault(a) : null,
            r.ActorRole, r.Action, r.SubjectId, r.Where, r.Purpose)).ToList();
    }
}
