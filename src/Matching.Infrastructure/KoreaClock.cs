namespace Matching.Infrastructure;

/// <summary>Korea Standard Time has had no daylight saving since 1988, so a fixed offset is exact.</summary>
public static class KoreaClock
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    public static DateTimeOffset Now(this TimeProvider clock) => clock.GetUtcNow().ToOffset(Offset);

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.Now().DateTime);

    /// <summary>The instant <paramref name="date"/> starts in Korea, or the given time of day on it.</summary>
    public static DateTimeOffset At(this DateOnly date, TimeOnly time = default) => new(date.ToDateTime(time), Offset);
}
