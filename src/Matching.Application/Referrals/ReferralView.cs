using Matching.Domain.Referrals;

namespace Matching.Application.Referrals;

/// <summary>
/// A referral as a desk shows it: who, to which opening, where it stands and every step. The seeker's
/// phone is there only for staff, or for the employer once it has accepted the referral (면접 진행).
/// </summary>
public sealed record ReferralView(
    Guid Id,
    long Version,
    Guid SeekerId,
    string SeekerName,
    string? SeekerPhone,
    Guid OpeningId,
    string OpeningTitle,
    string EmployerName,
    ReferralStatus Status,
    string? Reason,
    string? Note,
    DateOnly? HiredOn,
    IReadOnlyList<ReferralStep> History,
    DateTimeOffset CreatedAt);

/// <summary>One step, with the e-mail of the account that made it.</summary>
public sealed record ReferralStep(ReferralStatus Status, string? Reason, DateTimeOffset At, string? By);
