using Matching.Application.Common;
using Matching.Domain.Referrals;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Referrals;

/// <summary>A hire fills a place of the opening and ends the seeker's other open referrals, in one save.</summary>
internal static class ReferralHiring
{
    /// <summary>Returns the conflict when the hire cannot happen; otherwise stages every change on <paramref name="db"/>.</summary>
    public static async Task<Problem?> HireAsync(
        MatchingDbContext db, Referral referral, Opening opening, DateOnly hiredOn, DateOnly? endsOn, DateTimeOffset now, Guid? by)
    {
        if (endsOn is { } end && end < hiredOn)
        {
            return Problem.Conflict("근로 기간이 올바르지 않습니다", "근로 종료일이 취업일보다 빠릅니다.");
        }

        var others = await db.Referrals.Where(r => r.SeekerId == referral.SeekerId && r.Id != referral.Id).ToListAsync();
        var overlapping = others.FirstOrDefault(r => r.Status == ReferralStatus.Hired
            && ReferralRules.Overlaps(hiredOn, endsOn, r.HiredOn!.Value, r.EndsOn));
        if (overlapping is not null)
        {
            return Problem.Conflict("이미 취업 중인 기간입니다",
                $"이 구직자는 {overlapping.HiredOn:yyyy-MM-dd}부터 다른 공고에 취업한 기록(알선 {overlapping.Id})이 있어 기간이 겹칩니다.");
        }

        if (opening.Status != OpeningStatus.Open || opening.Filled >= opening.Headcount)
        {
            return Problem.Conflict("모집 인원이 다 찼습니다", "이 공고는 마감되어 더 채용할 수 없습니다.");
        }

        referral.HiredOn = hiredOn;
        referral.EndsOn = endsOn;
        referral.Move(ReferralStatus.Hired, null, now, by);
        foreach (var other in others.Where(r => ReferralRules.IsOpen(r.Status)))
        {
            other.Move(ReferralStatus.Withdrawn, ReferralRules.HiredElsewhere, now, by);
        }

        // The version bump makes two simultaneous hires for the last place collide instead of overfilling.
        opening.Filled++;
        if (opening.Filled >= opening.Headcount)
        {
            opening.Status = OpeningStatus.Closed;
        }

        opening.Version++;
        opening.UpdatedAt = now;
        return null;
    }
}
