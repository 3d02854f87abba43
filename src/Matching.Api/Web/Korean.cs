using System.Globalization;
using Matching.Domain.Profiles;

namespace Matching.Api.Web;

/// <summary>
/// How the web app writes dates, money, phone numbers and masked names, the same way on every page.
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

    /// <summary>
    /// 홍길동 → 홍*동, 남궁민수 → 남**수, 이산 → 이*: the first and last characters stay, so a desk can
    /// tell people apart without reading the name (ISMS-P 3.2.3 masking).
    /// </summary>
    public static string MaskName(string? name)
    {
        var text = name?.Trim() ?? "";
        return text.Length switch
        {
            0 => "",
            1 => "*",
            2 => text[0] + "*",
            _ => text[0] + new string('*', text.Length - 2) + text[^1],
        };
    }

    /// <summary>010-1234-5678 → 010-****-5678; a number without hyphens keeps only its last four digits.</summary>
    public static string MaskPhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return "-";
        }

        var parts = phone.Split('-');
        if (parts.Length == 3)
        {
            return $"{parts[0]}-{new string('*', parts[1].Length)}-{parts[2]}";
        }

        return phone.Length <= 4 ? new string('*', phone.Length) : new string('*', phone.Length - 4) + phone[^4..];
    }
}
