using Matching.Domain.Referrals;

namespace Matching.UnitTests.Referrals;

public sealed class ReferralRulesTests
{
    [Theory]
    [InlineData(ReferralStatus.Referred, ReferralStatus.Interviewing, true)]
    [InlineData(ReferralStatus.Referred, ReferralStatus.Hired, true)]
    [InlineData(ReferralStatus.Interviewing, ReferralStatus.NoShow, true)]
    [InlineData(ReferralStatus.Interviewing, ReferralStatus.Referred, false)]
    [InlineData(ReferralStatus.Interviewing, ReferralStatus.Interviewing, false)]
    [InlineData(ReferralStatus.Hired, ReferralStatus.Withdrawn, false)]
    [InlineData(ReferralStatus.Rejected, ReferralStatus.Hired, false)]
    [InlineData(ReferralStatus.NoShow, ReferralStatus.Interviewing, false)]
    [InlineData(ReferralStatus.Withdrawn, ReferralStatus.Hired, false)]
    public void Only_open_referrals_move_and_only_forward(ReferralStatus from, ReferralStatus to, bool allowed) =>
        Assert.Equal(allowed, ReferralRules.CanMove(from, to));

    [Fact]
    public void A_rejection_names_a_reason_from_the_list_and_a_withdrawal_may_say_hired_elsewhere()
    {
        Assert.False(ReferralRules.IsValidReason(ReferralStatus.Rejected, null));
        Assert.True(ReferralRules.IsValidReason(ReferralStatus.Rejected, "연락두절"));
        Assert.False(ReferralRules.IsValidReason(ReferralStatus.Rejected, "타 기업 취업"));
        Assert.True(ReferralRules.IsValidReason(ReferralStatus.Withdrawn, "타 기업 취업"));
        Assert.True(ReferralRules.IsValidReason(ReferralStatus.Withdrawn, null));
        Assert.False(ReferralRules.IsValidReason(ReferralStatus.Hired, "기타"));
    }

    [Theory]
    [InlineData("2026-01-01", null, "2026-12-01", null, true)]
    [InlineData("2026-01-01", "2026-03-31", "2026-04-01", null, false)]
    [InlineData("2026-01-01", "2026-03-31", "2026-03-31", null, true)]
    [InlineData("2026-05-01", null, "2026-01-01", "2026-04-30", false)]
    [InlineData("2026-05-01", "2026-05-10", "2026-01-01", null, true)]
    public void Employments_overlap_unless_one_ends_before_the_other_starts(string start, string? end, string otherStart, string? otherEnd, bool overlaps) =>
        Assert.Equal(overlaps, ReferralRules.Overlaps(DateOnly.Parse(start), end is null ? null : DateOnly.Parse(end),
            DateOnly.Parse(otherStart), otherEnd is null ? null : DateOnly.Parse(otherEnd)));
}
