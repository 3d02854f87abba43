using Matching.Application.Events;
using Matching.Domain.Events;

namespace Matching.Api.Web;

/// <summary>The new-event form's fields: a day and two times of day in Korea time, as an organiser thinks of an event.</summary>
public sealed class EventForm
{
    public EventKind? Kind { get; set; } = EventKind.JobFair;
    public string? Title { get; set; }
    public DateTime? Date { get; set; }
    public TimeSpan? Starts { get; set; } = new(10, 0, 0);
    public TimeSpan? Ends { get; set; } = new(16, 0, 0);
    public string? Venue { get; set; }
    public int? SlotMinutes { get; set; } = EventValidator.DefaultSlotMinutes;

    public EventRequest ToRequest() => new(Kind, Title, At(Starts), At(Ends), Venue, SlotMinutes);

    private DateTimeOffset? At(TimeSpan? time) =>
        Date is { } day && time is { } t ? new DateTimeOffset(day.Date + t, TimeSpan.FromHours(9)) : null;
}
