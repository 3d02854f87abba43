using Matching.Domain.Profiles;

namespace Matching.Domain.Validation;

/// <summary>
/// 최저임금 by year. A wage is checked against the rate of the year it was posted, so a closed
/// historical opening imports against its own year's rate.
/// </summary>
public sealed class MinimumWageTable
{
    private readonly int[] years;
    private readonly long[] hourlyRates;

    /// <param name="hourlyByYear">Hourly rate in KRW for each year it took effect (1 January).</param>
    public MinimumWageTable(IReadOnlyDictionary<int, long> hourlyByYear)
    {
        ArgumentNullException.ThrowIfNull(hourlyByYear);
        foreach (var (year, rate) in hourlyByYear)
        {
            if (rate <= 0)
                throw new ArgumentException($"The 최저임금 for {year} must be positive, not {rate}.", nameof(hourlyByYear));
        }
        years = hourlyByYear.Keys.Order().ToArray();
        hourlyRates = years.Select(year => hourlyByYear[year]).ToArray();
    }

    /// <summary>
    /// The rates published by 최저임금위원회 (고용노동부 고시), 2018–2026: a sensible default for configuration.
    /// </summary>
    public static IReadOnlyDictionary<int, long> Published { get; } = new Dictionary<int, long>
    {
        [2018] = 7_530,
        [2019] = 8_350,
        [2020] = 8_590,
        [2021] = 8_720,
        [2022] = 9_160,
        [2023] = 9_620,
        [2024] = 9_860,
        [2025] = 10_030,
        [2026] = 10_320,
    };

    /// <summary>
    /// The hourly rate for <paramref name="year"/>: the latest year in the table not after it, so a
    /// year not configured yet keeps the last known rate. Null before the first year: no check.
    /// </summary>
    public long? HourlyFor(int year)
    {
        var index = Array.BinarySearch(years, year);
        if (index < 0)
            index = ~index - 1;
        return index >= 0 ? hourlyRates[index] : null;
    }

    /// <summary>
    /// Whether <paramref name="amount"/> per <paramref name="unit"/> is at least the 최저임금 of
    /// <paramref name="year"/>, converted at 209 hours a month (2,508 a year). When the table has no
    /// rate for the year, every wage satisfies it and <paramref name="minimumInUnit"/> is 0.
    /// </summary>
    public bool Satisfies(WageUnit unit, long amount, int year, out long minimumInUnit)
    {
        var hourly = HourlyFor(year);
        if (hourly is null)
        {
            minimumInUnit = 0;
            return true;
        }
        // Compare in the posted unit with exact integers: converting the amount to an hourly double
        // would let 2,096,269 won a month round up to 10,030 an hour.
        minimumInUnit = WageHours.HourlyToUnit(unit, hourly.Value);
        return amount >= minimumInUnit;
    }

    public bool Satisfies(WageUnit unit, long amount, DateOnly postedOn, out long minimumInUnit) =>
        Satisfies(unit, amount, postedOn.Year, out minimumInUnit);
}
