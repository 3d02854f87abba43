using Matching.Application.Common;
using Matching.Infrastructure;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Privacy;

/// <summary>
/// The access records as users see them: those in the store and, on SQLite, those still in the access record file
/// (<see cref="AccessRecordFile"/>), each once, so a record is in every answer from the moment its own answer left.
/// </summary>
public sealed class AuditQueries(MatchingDbContext db, AuditTrail audit, AccessRecordFile file, TimeProvider clock)
{
    /// <summary>The admin's review: by seeker, by account and by Korean calendar days, newest first.</summary>
    public async Task<Page<AuditEntry>> SearchAsync(
        Guid? subjectId, Guid? actorId, DateOnly? from, DateOnly? to, int skip, int take, CancellationToken ct = default)
    {
        var start = from?.At();
        var end = to?.AddDays(1).At();
        await using var reading = await ReadingAsync(subjectId, actorId, start, end, ct);
        var query = db.AuditRecords.AsNoTracking();
        if (subjectId is { } subject)
        {
            query = query.Where(r => r.SubjectId == subject);
        }

        if (actorId is { } actor)
        {
            query = query.Where(r => r.ActorId == actor);
        }

        if (start is { } s)
        {
            query = query.Where(r => r.At >= s);
        }

        if (end is { } e)
        {
            query = query.Where(r => r.At < e);
        }

        var waiting = reading.Waiting;
        var total = await query.CountAsync(ct) + waiting.Count;
        (skip, take) = (Math.Max(0, skip), Math.Clamp(take, 1, 1000));
        var ordered = query.OrderByDescending(r => r.At).ThenByDescending(r => r.Id);
        // A record's place among all is at most its place among the store's: the page lies within the store's first skip + take.
        var rows = waiting.Count == 0
            ? await ordered.Skip(skip).Take(take).ToListAsync(ct)
            : (await ordered.Take(skip + take).ToListAsync(ct)).Concat(waiting)
                .OrderByDescending(r => r.At).ThenByDescending(r => r.Id).Skip(skip).Take(take).ToList();
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
        await using var reading = await ReadingAsync(seekerId, null, null, null, ct);
        var stored = await db.AuditRecords.AsNoTracking().Where(r => r.SubjectId == seekerId).ToListAsync(ct);
        var rows = stored.Concat(reading.Waiting).OrderBy(r => r.At).ThenBy(r => r.Id).ToList();
        return new AccessHistory(seekerId, name, clock.Now(), await EntriesAsync(rows, ct));
    }

    /// <summary>
    /// The records in the access record file that these filters select, then a snapshot of the store for the queries that
    /// follow, in that order: a record moved meanwhile is in the snapshot, and one found in both (a move between its
    /// two commits) is left out of the file's.
    /// </summary>
    private async Task<Reading> ReadingAsync(Guid? subjectId, Guid? actorId, DateTimeOffset? start, DateTimeOffset? end, CancellationToken ct)
    {
        if (!file.InUse)
        {
            return new Reading(db, [], null);
        }

        List<AccessRecordFile.Row> rows;
        using (var records = file.Open())
        {
            rows = AccessRecordFile.Read(records, subjectId: subjectId, actorId: actorId,
                fromMs: start?.ToUnixTimeMilliseconds(), untilMs: end?.ToUnixTimeMilliseconds());
        }

        await db.Database.OpenConnectionAsync(ct);
        // Deferred: a read snapshot, taken at its first query, that holds no write lock.
        var snapshot = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        var reading = new Reading(db, [], snapshot);
        try
        {
            await db.Database.UseTransactionAsync(snapshot, ct);
            if (rows.Count > 0)
            {
                var ids = rows.Select(r => r.Id).ToList();
                var moved = (await db.AuditRecords.Where(r => ids.Contains(r.Id)).Select(r => r.Id).ToListAsync(ct)).ToHashSet();
                reading.Waiting.AddRange(rows.Where(r => !moved.Contains(r.Id)).Select(r => r.ToRecord()));
            }

            return reading;
        }
        catch
        {
            await reading.DisposeAsync();
            throw;
        }
    }

    private async Task<List<AuditEntry>> EntriesAsync(List<AuditRecord> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.ActorId).OfType<Guid>().Distinct().ToList();
        var emails = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Email }).ToDictionaryAsync(u => u.Id, u => u.Email, ct);
        return rows.Select(r => new AuditEntry(r.Id, r.At, r.ActorId, r.ActorId is { } a ? emails.GetValueOrDefault(a) : null,
            r.ActorRole, r.Action, r.SubjectId, r.Where, r.Purpose)).ToList();
    }

    /// <summary>The file's records still waiting, and the store's snapshot, given back to the pooled context when disposed.</summary>
    private sealed class Reading(MatchingDbContext db, List<AuditRecord> waiting, SqliteTransaction? snapshot) : IAsyncDisposable
    {
        public List<AuditRecord> Waiting => waiting;

        public async ValueTask DisposeAsync()
        {
            if (snapshot is null)
            {
                return;
            }

            await db.Database.UseTransactionAsync(null);
            await snapshot.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }
}
