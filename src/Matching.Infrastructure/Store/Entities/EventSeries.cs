using Matching.Domain.Events;

namespace Matching.Infrastructure.Store.Entities;

/// <summary>A recurring event: the scheduler creates each instance <see cref="CreateAheadDays"/> ahead.</summary>
public sealed class EventSeries
{
    public Guid Id { get; set; }
    public EventKind Kind { get; set; }
    public required string Title { get; set; }
    /// <summary>Quartz cron expression, read in Asia/Seoul, e.g. <c>0 0 14 ? * FRI</c>.</summary>
    public required string Schedule { get; set; }
    public int DurationMinutes { get; set; }
    public required string Venue { get; set; }
    public int SlotMinutes { get; set; }
    public int CreateAheadDays { get; set; }
    public bool Active { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
}
