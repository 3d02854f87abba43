using Matching.Application.Common;
using Matching.Domain.Referrals;

namespace Matching.Application.Referrals;

public static class ReferralChangeValidator
{
    public static ValidationErrors Validate(ReferralChangeRequest r)
    {
        var errors = new ValidationErrors();
        if (!errors.Required("status", r.Status))
        {
            return errors;
        }

        var status = r.Status!.Value;
        if (status == ReferralStatus.Referred)
        {
            errors.Add("status", "Interviewing, Hired, Rejected, NoShow, Withdrawn 중 하나여야 합니다.");
        }

        var reason = string.IsNullOrWhiteSpace(r.Reason) ? null : r.Reason.Trim();
        if (status == ReferralStatus.Rejected && reason is null)
        {
            errors.Add("reason", "불합격 사유를 선택하세요: " + string.Join(", ", ReferralRules.Reasons));
        }
        else if (!ReferralRules.IsValidReason(status, reason))
        {
            errors.Add("reason", status is ReferralStatus.Rejected or ReferralStatus.Withdrawn
                ? "사유는 다음 중 하나여야 합니다: " + string.Join(", ", ReferralRules.Reasons)
                : "사유는 불합격(Rejected)이나 철회(Withdrawn)에만 적습니다.");
        }

        if (status != ReferralStatus.Hired && (r.HiredOn is not null || r.EndsOn is not null))
        {
            errors.Add(r.HiredOn is not null ? "hiredOn" : "endsOn", "취업일과 근로 종료일은 취업(Hired)에만 적습니다.");
        }

        if (r.HiredOn is { } hiredOn && r.EndsOn is { } endsOn && endsOn < hiredOn)
        {
            errors.Add("endsOn", "근로 종료일이 취업일보다 빠릅니다.");
        }

        return errors;
    }
}
