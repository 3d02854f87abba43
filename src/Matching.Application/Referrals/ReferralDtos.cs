using Matching.Domain.Referrals;

namespace Matching.Application.Referrals;

public sealed record ReferralRequest(Guid? SeekerId, Guid? OpeningId, string? Note);

/// <summary><c>reason</c> names why a referral was Rejected or Withdrawn; <c>endsOn</c> bounds a fixed-term hire.</summary>
public sealed record ReferralChangeRequest(ReferralStatus? Status, DateOnly? HiredOn, DateOnly? EndsOn, string? Reason, long? Version = null);

public sealed record ReferralChangeResponse(ReferralStatus Status, string? Reason, DateTimeOffset At, Guid? By);

public sealed record ReferralResponse(
    Guid Id,
    long Version,
    Guid SeekerId,
    Guid OpeningId,
    ReferralStatus Status,
    string? Note,
    string? Reason,
    DateOnly? HiredOn,
    DateOnly? EndsOn,
    IReadOnlyList<ReferralChangeResponse> History,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
