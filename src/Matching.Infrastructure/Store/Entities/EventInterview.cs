using Matching.Domain.Events;

namespace Matching.Infrastructure.Store.Entities;

/// <summary>One interview at a booth: pre-matched into a slot, or a walk-in queued on the day.</summary>
public sealed class EventInterview
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public Guid EventId { get; set; }
    public Guid EmployerId { get; set; }
    public Guid OpeningId { get; set; }
    public Guid SeekerId { get; set; }
    public InterviewSource Source { get; set; }
    /// <summary>Slot index and start for pre-matched interviews; null for walk-ins.</summary>
    public int? SlotIndex { get; set; }
    public DateTimeOffset? StartsAt { get; set; }
    public double Score { get; set; }
    public InterviewStatus Status { get; set; }
    /// <summary>When the seeker joined the booth's queue (check-in).</summary>
    public DateTimeOffset? QueuedAt { get; set; }
    public DateTimeOffset? CalledAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    /// <summary>The referral (알선) the close-out made of this interview.</summary>
    public Guid? ReferralId { get; set; }
}
