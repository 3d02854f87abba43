using AutoMapper;
using Matching.Application.Common;
using Matching.Domain.Referrals;
using Matching.Infrastructure;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Referrals;

/// <summary>
/// A referral moves on (면접, 취업, 불합격, 불참, 철회); employers move those to their own openings. A hire fills a
/// place and may close the opening, which leaves the index.
/// </summary>
public sealed class ChangeReferral(MatchingDbContext db, CandidateIndexWriter indexer, IMapper mapper, TimeProvider clock)
{
    /// <param name="expectedVersion">Optional here: a referral changes in small steps, and a stale one is still refused.</param>
    public async Task<Result<ReferralResponse>> ExecuteAsync(
        Actor actor, Guid id, ReferralChangeRequest request, long? expectedVersion, CancellationToken ct = default)
    {
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null)
        {
            return ReferralQueries.NotFound(id);
        }

        var opening = await db.Openings.Include(o => o.Employer).FirstAsync(o => o.Id == referral.OpeningId, ct);
        if (!actor.MayActFor(opening.EmployerId))
        {
            return Problem.Forbidden("소속 기업 공고의 알선만 변경할 수 있습니다.");
        }

        if (expectedVersion is not null && expectedVersion != referral.Version)
        {
            return Problem.Stale(referral.Version);
        }

        var errors = ReferralChangeValidator.Validate(request);
        if (errors.Any)
        {
            return Problem.Invalid(errors);
        }

        var status = request.Status!.Value;
        if (!ReferralRules.CanMove(referral.Status, status))
        {
            return Problem.Conflict("바꿀 수 없는 상태입니다", $"{referral.Status} 상태의 알선은 {status}(으)로 바꿀 수 없습니다.");
        }

        var now = clock.Now();
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
        if (status == ReferralStatus.Hired)
        {
            var hire = await ReferralHiring.HireAsync(db, referral, opening, request.HiredOn ?? clock.Today(), request.EndsOn, now, actor.UserId);
            if (hire is not null)
            {
                return hire;
            }
        }
        else
        {
            referral.Move(status, reason, now, actor.UserId);
        }

        if (!await db.TrySaveAsync(ct))
        {
            return Problem.Conflict("동시에 변경되었습니다", "다른 사용자가 같은 알선이나 공고를 먼저 변경했습니다. 다시 불러와 시도하세요.");
        }

        if (status == ReferralStatus.Hired)
        {
            indexer.Opening(opening);
        }

        return mapper.Map<ReferralResponse>(referral);
    }
}
