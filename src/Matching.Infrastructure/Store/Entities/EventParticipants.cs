using Matching.Domain.Events;

namespace Matching.Infrastructure.Store.Entities;

/// <summary>An employer's booth at an event.</summary>
public sealed class EventEmployer
{
    public Guid EventId { get; set; }
    public Guid EmployerId { get; set; }
    public List<Guid> OpeningIds { get; set; } = [];
    public int InterviewersPerSlot { get; set; }
    public DateTimeOffset JoinedAt { get; set; }
}

/// <summary>A seeker registered for, or walked in to, an event.</summary>
public sealed class EventSeeker
{
    public Guid EventId { get; set; }
    public Guid SeekerId { get; set; }
    public int MaxInterviews { get; set; }
    public AttendeeSource Source { get; set; }
    /// <summary>How many times a 금요채용마당 no-show has been carried on to the next week (at most twice).</summary>
    public int CarryCount { get; set; }
    public DateTimeOffset JoinedAt { get; set; }
    public DateTimeOffset? CheckedInAt { get; set; }
    /// <summary>Why the last pre-match gave this seeker no interview, in Korean; null when placed.</summary>
    public string? UnplacedReason { get; set; }
}
