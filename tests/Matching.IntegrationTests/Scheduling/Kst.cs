namespace Matching.IntegrationTests.Scheduling;

public static class Kst
{
    /// <summary>A Korea Standard Time wall-clock moment, e.g. <c>At(2026, 9, 1, 10, 30)</c>.</summary>
    public static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(9));
}
