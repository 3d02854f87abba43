using Matching.Domain.Events;

namespace Matching.Infrastructure.Store.Entities;

/// <summary>A recurring event: its Hangfire recurring job creates each instance <see cref="CreateAheadDays"/> ahead.</summary>
public sealed class EventSeries
{
    public Guid Id { get; set; }
    public EventKind Kind { get; set; }
    public required string Title { get; set; }
    /// <summary>Cron read in Asia/Seoul: 5 fields (<c>0 14 * * FRI</c>) or 6 seconds-first (<c>0 0 14 ? * FRI</c>); see <c>SeriesSchedule</c>.</summary>
    public required string Schedule { get; set; }
    public int DurationMinutes { get; set; }
    public required string Venue { get; set; }
    public int SlotMinutes { get; set; }
    public int CreateAheadDays { get; set; }
    public bool Active { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When its job last ran: a start-up finding an occurrence since then makes the missed run up once.</summary>
    public DateTimeOffset? LastRunAt { get; set; }
}
