using System.Globalization;
using Matching.Domain.Profiles;

namespace Matching.Api.Web;

/// <summary>
/// How the web app writes dates, money and phone numbers, the same way on every page; masking is the one rule in
/// <see cref="Matching.Domain.Privacy.Masking"/>, applied by the use cases.
/// </summary>
public static class Korean
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("ko-KR");

    private const string Weekdays = "일월화수목금토";

    /// <summary>2026-03-06 (금)</summary>
    public static string Date(DateOnly date) =>
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " (" + Weekdays[(int)date.DayOfWeek] + ")";

    /// <summary>2026-03-06 (금) 14:05, in Korea time.</summary>
    public static string DateTime(DateTimeOffset at)
    {
        var korea = at.ToOffset(TimeSpan.FromHours(9));
        return Date(DateOnly.FromDateTime(korea.DateTime)) + " " + korea.ToString("HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>14:05, in Korea time.</summary>
    public static string Time(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(9)).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>2026-03-06 (금) 10:00~16:00, or with both dates when it runs past midnight.</summary>
    public static string Period(DateTimeOffset starts, DateTimeOffset ends) =>
        DateOnly.FromDateTime(starts.ToOffset(TimeSpan.FromHours(9)).DateTime) == DateOnly.FromDateTime(ends.ToOffset(TimeSpan.FromHours(9)).DateTime)
            ? $"{DateTime(starts)}~{Time(ends)}"
            : $"{DateTime(starts)} ~ {DateTime(ends)}";

    /// <summary>1,234,000원</summary>
    public static string Won(long amount) => amount.ToString("N0", Culture) + "원";

    /// <summary>시급 10,320원, 월급 2,500,000원, 연봉 32,000,000원</summary>
    public static string Wage(WageUnit unit, long amount) => unit.Korean() + " " + Won(amount);

    /// <summary>월급 2,200,000원 ~ 2,600,000원</summary>
    public static string WageRange(WageUnit unit, long min, long? max) =>
        max is { } m && m != min ? $"{unit.Korean()} {Won(min)} ~ {Won(m)}" : Wage(unit, min);

    /// <summary>Stored numbers are already hyphenated (010-1234-5678); anything else is shown as it is.</summary>
    public static string Phone(string? phone) => string.IsNullOrWhiteSpace(phone) ? "-" : phone;
}
