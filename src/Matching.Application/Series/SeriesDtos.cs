using Matching.Domain.Events;

namespace Matching.Application.Series;

/// <summary>
/// <c>schedule</c> is cron read in Asia/Seoul: 5 fields (<c>0 14 * * FRI</c>) or 6 seconds-first (<c>0 0 14 ? * FRI</c>,
/// weekdays by name).
/// </summary>
public sealed record EventSeriesRequest(
    EventKind? Kind,
    string? Title,
    string? Schedule,
    int? DurationMinutes,
    string? Venue,
    int? CreateAheadDays = null,
    int? SlotMinutes = null);

public sealed record EventSeriesResponse(
    Guid Id,
    EventKind Kind,
    string KindName,
    string Title,
    string Schedule,
    int DurationMinutes,
    string Venue,
    int SlotMinutes,
    int CreateAheadDays,
    bool Active,
    DateTimeOffset CreatedAt);

public sealed record HolidayRequest(string? Name);

public sealed record HolidayResponse(DateOnly Date, string Name);
