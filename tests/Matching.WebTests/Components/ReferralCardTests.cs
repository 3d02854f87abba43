using Bunit;
using Matching.Api.Components.Shared;
using Matching.Application.Common;
using Matching.Application.Referrals;
using Matching.Domain.Referrals;

namespace Matching.WebTests.Components;

public sealed class ReferralCardTests : MudTestContext
{
    private static readonly Actor Employer = new(Guid.NewGuid(), Roles.Employer, Guid.NewGuid());
    private static readonly Actor Counsellor = new(Guid.NewGuid(), Roles.Counsellor, null);

    private static ReferralView Referral(ReferralStatus status, string? phone, params ReferralStep[] history) => new(
        Guid.NewGuid(), 3, Guid.NewGuid(), "차은별", phone, Guid.NewGuid(), "요양보호사 주간", "(주)한빛푸드", status, null, null, null,
        history, DateTimeOffset.Parse("2026-12-01T10:00:00+09:00"));

    private static readonly ReferralStep Referred = new(ReferralStatus.Referred, null, DateTimeOffset.Parse("2026-12-01T10:00:00+09:00"), "counsellor@demo.local");

    private List<string> Buttons(IRenderedComponent<ReferralCard> card) =>
        card.FindAll("button").Select(b => b.TextContent.Trim()).Where(t => t.Length > 0).ToList();

    [Fact]
    public void An_employer_may_accept_hire_or_reject_a_new_referral_but_not_withdraw_it()
    {
        var card = Render<ReferralCard>(p => p.Add(x => x.Referral, Referral(ReferralStatus.Referred, null, Referred))
            .Add(x => x.Actor, Employer).Add(x => x.ShowSeeker, true));

        Assert.Equal(["수락 (면접 진행)", "채용 확정", "불합격"], Buttons(card));
        Assert.Contains("차은별 · 요양보호사 주간", card.Markup, StringComparison.Ordinal);
        Assert.Contains("2026-12-01 (화) 10:00 · counsellor@demo.local", card.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("연락처", card.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_counsellor_may_also_record_a_no_show_or_withdraw()
    {
        var card = Render<ReferralCard>(p => p.Add(x => x.Referral, Referral(ReferralStatus.Interviewing, "010-3456-7890", Referred))
            .Add(x => x.Actor, Counsellor));

        Assert.Equal(["채용 확정", "불합격", "면접 불참", "알선 철회"], Buttons(card));
        Assert.Contains("(주)한빛푸드 · 요양보호사 주간", card.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finished_referral_offers_no_moves_and_shows_why_it_ended()
    {
        var rejected = new ReferralStep(ReferralStatus.Rejected, "근무조건 불일치", DateTimeOffset.Parse("2026-12-02T15:30:00+09:00"), "employer@demo.local");
        var card = Render<ReferralCard>(p => p.Add(x => x.Referral, Referral(ReferralStatus.Rejected, "010-3456-7890", Referred, rejected))
            .Add(x => x.Actor, Employer).Add(x => x.ShowSeeker, true));

        Assert.Empty(Buttons(card));
        Assert.Contains("불합격 (근무조건 불일치)", card.Markup, StringComparison.Ordinal);
        Assert.Contains("연락처 010-3456-7890", card.Markup, StringComparison.Ordinal);
    }
}
