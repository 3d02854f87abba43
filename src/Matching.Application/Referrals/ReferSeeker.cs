using AutoMapper;
using Matching.Application.Common;
using Matching.Domain.Referrals;
using Matching.Infrastructure;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Referrals;

/// <summary>알선: a counsellor sends a seeker to an open opening; one open referral per pair.</summary>
public sealed class ReferSeeker(MatchingDbContext db, IMapper mapper, TimeProvider clock)
{
    public async Task<Result<ReferralResponse>> ExecuteAsync(Actor actor, ReferralRequest request, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        errors.Required("seekerId", request.SeekerId);
        errors.Required("openingId", request.OpeningId);
        errors.Length("note", request.Note, 0, 500);
        if (errors.Any)
        {
            return Problem.Invalid(errors);
        }

        var seekerId = request.SeekerId!.Value;
        var openingId = request.OpeningId!.Value;
        if (!await db.Seekers.AnyAsync(s => s.Id == seekerId && s.Status == ProfileStatus.Active, ct))
        {
            return Problem.NotFound("구직자", seekerId);
        }

        var opening = await db.Openings.AsNoTracking().FirstOrDefaultAsync(o => o.Id == openingId && o.Status != OpeningStatus.Deleted, ct);
        if (opening is null)
        {
            return Problem.NotFound("채용공고", openingId);
        }

        if (opening.Status != OpeningStatus.Open)
        {
            return Problem.Conflict("마감된 채용공고입니다", "모집이 끝난 공고에는 알선할 수 없습니다.");
        }

        var open = await db.Referrals.Where(r => r.SeekerId == seekerId && r.OpeningId == openingId).Select(r => r.Status).ToListAsync(ct);
        if (open.Any(ReferralRules.IsOpen))
        {
            return Problem.Conflict("이미 알선 중입니다", "이 구직자는 이 공고에 알선되어 진행 중입니다.");
        }

        var now = clock.Now();
        var referral = new Referral
        {
            Id = Guid.NewGuid(), Version = 1, SeekerId = seekerId, OpeningId = openingId, Status = ReferralStatus.Referred,
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(), CreatedAt = now, UpdatedAt = now,
            History = [new ReferralChange(ReferralStatus.Referred, null, now, actor.UserId)],
        };
        db.Referrals.Add(referral);
        await db.SaveChangesAsync(ct);
        return mapper.Map<ReferralResponse>(referral);
    }
}
