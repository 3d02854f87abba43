namespace Matching.IntegrationTests.Scheduling;

/// <summary>
/// A clock that moves only when the test says. Timers still run in real time (they are not
/// overridden), which only bounds how long Quartz sleeps between looks at the clock (IdleWaitTime).
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref ticks, now.UtcTicks);

    /// <summary>A Korea Standard Time wall-clock moment, e.g. <c>Kst(2026, 9, 1, 10, 30)</c>.</summary>
    public static DateTimeOffset Kst(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(9));
}
