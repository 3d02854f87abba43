namespace Matching.Domain.Referrals;

public static class ReferralStatusNames
{
    public static string Korean(this ReferralStatus status) => status switch
    {
        ReferralStatus.Referred => "알선",
        ReferralStatus.Interviewing => "면접 진행",
        ReferralStatus.Hired => "취업",
        ReferralStatus.Rejected => "불합격",
        ReferralStatus.NoShow => "면접 불참",
        ReferralStatus.Withdrawn => "철회",
        _ => status.ToString(),
    };
}
