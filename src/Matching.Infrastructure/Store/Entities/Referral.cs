using Matching.Domain.Referrals;

namespace Matching.Infrastructure.Store.Entities;

/// <summary>A referral (알선) of one seeker to one opening, and its outcome.</summary>
public sealed class Referral
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public Guid SeekerId { get; set; }
    public Guid OpeningId { get; set; }
    public ReferralStatus Status { get; set; }
    public string? Note { get; set; }
    public string? Reason { get; set; }
    public DateOnly? HiredOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public List<ReferralChange> History { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public void Move(ReferralStatus status, string? reason, DateTimeOffset at, Guid? by)
    {
        Status = status;
        Reason = reason;
        UpdatedAt = at;
        Version++;
        History.Add(new ReferralChange(status, reason, at, by));
    }
}

/// <summary>One step of a referral: who moved it where, and when.</summary>
public sealed record ReferralChange(ReferralStatus Status, string? Reason, DateTimeOffset At, Guid? By);
