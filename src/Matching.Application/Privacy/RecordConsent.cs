using Matching.Application.Common;
using Matching.Application.Seekers;
using Matching.Domain.Privacy;
using Matching.Infrastructure;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Privacy;

/// <summary>
/// A seeker gives or withdraws one consent at the desk. Withdrawing consent to matching takes the seeker out
/// of the index at once, and the change event it saves makes the worker drop them from every suggestion
/// list and push the lists that changed.
/// </summary>
public sealed class RecordConsent(MatchingDbContext db, CandidateIndexWriter indexer, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<ConsentResponse>> ExecuteAsync(Actor actor, Guid seekerId, ConsentRequest request, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        errors.Required("kind", request.Kind);
        errors.Required("given", request.Given);
        if (errors.Any)
        {
            return Problem.Invalid(errors);
        }

        var seeker = await db.Seekers.FirstOrDefaultAsync(s => s.Id == seekerId && s.Status == ProfileStatus.Active, ct);
        if (seeker is null)
        {
            return SeekerQueries.NotFound(seekerId);
        }

        var now = clock.Now();
        var kind = request.Kind!.Value;
        var given = request.Given!.Value;
        if (kind == ConsentKind.Matching)
        {
            seeker.ConsentToMatching = given;
        }
        else
        {
            seeker.ConsentToShare = given;
        }

        // Recorded even when unchanged: the seeker said it again, under the purpose text shown today.
        var record = ConsentLedger.Add(db, actor, seekerId, kind, given, now);
        seeker.UpdatedAt = now;
        seeker.Version++;
        audit.Changed(actor, seekerId);
        if (!await db.TrySaveAsync(ct))
        {
            return Problem.Conflict("동시에 변경되었습니다", "다른 사용자가 이 구직자를 먼저 수정했습니다. 다시 시도하세요.");
        }

        indexer.Seeker(seeker);
        var email = actor.UserId is { } by ? await db.Users.Where(u => u.Id == by).Select(u => u.Email).FirstOrDefaultAsync(ct) : null;
        return new ConsentResponse(record.Id, seekerId, kind, given, now, record.PurposeVersion, actor.UserId, email);
    }
}
