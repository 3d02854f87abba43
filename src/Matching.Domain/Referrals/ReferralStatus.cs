namespace Matching.Domain.Referrals;

/// <summary>The stages of a referral (알선): Referred → Interviewing → Hired | Rejected | NoShow | Withdrawn.</summary>
public enum ReferralStatus
{
    Referred,
    Interviewing,
    Hired,
    Rejected,
    NoShow,
    Withdrawn,
}
