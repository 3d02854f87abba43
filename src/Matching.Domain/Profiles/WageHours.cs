namespace Matching.Domain.Profiles;

/// <summary>Hours used to turn a monthly or annual wage into an hourly one (the 최저임금 고시 basis).</summary>
public static class WageHours
{
    public const int PerMonth = 209;
    public const int PerYear = PerMonth * 12;

    public static double ToHourly(WageUnit unit, long amount) => unit switch
    {
        WageUnit.Hourly => amount,
        WageUnit.Monthly => amount / (double)PerMonth,
        WageUnit.Annual => amount / (double)PerYear,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    public static long HourlyToUnit(WageUnit unit, long hourly) => unit switch
    {
        WageUnit.Hourly => hourly,
        WageUnit.Monthly => hourly * PerMonth,
        WageUnit.Annual => hourly * PerYear,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };
}
