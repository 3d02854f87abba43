namespace Matching.Domain.Referrals;

/// <summary>Which status may follow which, and the reasons a referral may end with.</summary>
public static class ReferralRules
{
    /// <summary>Set on every other open referral of a seeker who was just hired.</summary>
    public const string HiredElsewhere = "타 기업 취업";

    /// <summary>The fixed list a rejection (and a withdrawal) names its reason from.</summary>
    public static IReadOnlyList<string> Reasons { get; } =
        ["연락두절", "면접 불참", "자격·경력 부족", "근무조건 불일치", "통근 곤란", "구직자 포기", "기타"];

    public static bool IsOpen(ReferralStatus status) => status is ReferralStatus.Referred or ReferralStatus.Interviewing;

    /// <summary>Only an open referral moves, and only forward; every outcome is final.</summary>
    public static bool CanMove(ReferralStatus from, ReferralStatus to) => (from, to) switch
    {
        (ReferralStatus.Referred, ReferralStatus.Interviewing) => true,
        (ReferralStatus.Referred or ReferralStatus.Interviewing,
            ReferralStatus.Hired or ReferralStatus.Rejected or ReferralStatus.NoShow or ReferralStatus.Withdrawn) => true,
        _ => false,
    };

    public static bool IsValidReason(ReferralStatus status, string? reason) => status switch
    {
        ReferralStatus.Rejected => reason is not null && Reasons.Contains(reason),
        ReferralStatus.Withdrawn => reason is null || reason == HiredElsewhere || Reasons.Contains(reason),
        _ => reason is null,
    };

    /// <summary>
    /// Two employments overlap unless one ends before the other starts; an employment without an end
    /// runs on indefinitely.
    /// </summary>
    public static bool Overlaps(DateOnly start, DateOnly? end, DateOnly otherStart, DateOnly? otherEnd) =>
        (end is null || otherStart <= end) && (otherEnd is null || start <= otherEnd);
}
