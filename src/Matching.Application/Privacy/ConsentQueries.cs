using Matching.Application.Common;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Privacy;

public sealed class ConsentQueries(MatchingDbContext db)
{
    /// <summary>Every consent a seeker gave or withdrew, oldest first; kept after erasure as the proof of each.</summary>
    public async Task<Result<IReadOnlyList<ConsentResponse>>> HistoryAsync(Actor actor, Guid seekerId, CancellationToken ct = default)
    {
        if (!actor.SeesPersonalData)
        {
            return Problem.Forbidden("동의 기록은 상담사만 볼 수 있습니다.");
        }

        if (!await db.Seekers.AnyAsync(s => s.Id == seekerId, ct))
        {
            return Problem.NotFound("구직자", seekerId);
        }

        var records = await db.ConsentRecords.AsNoTracking().Where(c => c.SeekerId == seekerId).OrderBy(c => c.Id).ToListAsync(ct);
        var ids = records.Select(r => r.TakenBy).OfType<Guid>().Distinct().ToList();
        var emails = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Email }).ToDictionaryAsync(u => u.Id, u => u.Email, ct);
        return records.Select(r => new ConsentResponse(r.Id, r.SeekerId, r.Kind, r.Given, r.At, r.PurposeVersion, r.TakenBy,
            r.TakenBy is { } by ? emails.GetValueOrDefault(by) : null)).ToList();
    }
}
