using Matching.Application.Series;
using Matching.Domain.Events;

namespace Matching.Api.Web;

/// <summary>The new-series form: cron as typed, with presets for the schedules the seeds' centres keep.</summary>
public sealed class SeriesForm
{
    public static readonly (string Label, string Cron)[] Presets =
    [
        ("매주 금요일 14:00", "0 14 * * FRI"),
        ("평일 09:30", "30 9 * * MON-FRI"),
        ("매월 1일·15일 10:00", "0 10 1,15 * *"),
        ("매월 둘째 화요일 10:00", "0 10 * * TUE#2"),
    ];

    public EventKind? Kind { get; set; } = EventKind.FridayHiring;
    public string? Title { get; set; }
    public string? Schedule { get; set; } = Presets[0].Cron;
    public int? DurationMinutes { get; set; } = 180;
    public string? Venue { get; set; }
    public int? CreateAheadDays { get; set; } = SeriesValidator.DefaultCreateAheadDays;
    public int? SlotMinutes { get; set; } = 30;

    public EventSeriesRequest ToRequest() => new(Kind, Title, Schedule, DurationMinutes, Venue, CreateAheadDays, SlotMinutes);
}
