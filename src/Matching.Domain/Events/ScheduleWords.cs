using System.Globalization;

namespace Matching.Domain.Events;

/// <summary>
/// A series' cron schedule in the words an organiser uses: <c>0 14 * * FRI</c> → "매주 금요일 14:00",
/// <c>0 10 ? * TUE#2,TUE#4</c> → "매월 둘째·넷째 화요일 10:00". Reads the 5-field form and the seconds-first 6-field
/// form, weekdays by name or by number as Cronos counts them (0 or 7 = Sunday). Null for what it cannot say
/// plainly (steps, ranges of hours, both a day of month and a weekday); the page then shows the cron itself.
/// </summary>
public static class ScheduleWords
{
    private static readonly string[] WeekdayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
    private static readonly string[] MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] Ordinals = ["", "첫째", "둘째", "셋째", "넷째", "다섯째"];
    private const string Korean = "일월화수목금토";

    public static string? Describe(string? cron)
    {
        var fields = cron?.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (fields.Length == 6)
        {
            if (fields[0] != "0")
            {
                return null;
            }

            fields = fields[1..];
        }

        if (fields.Length != 5 || Times(fields[0], fields[1]) is not { } times)
        {
            return null;
        }

        var (dom, month, dow) = (fields[2], fields[3], fields[4]);
        var months = Any(month) ? "" : Months(month);
        if (months is null)
        {
            return null;
        }

        var prefix = months.Length > 0 ? months + " " : "";
        var domAny = Any(dom);
        var dowAny = Any(dow) || Weekdays(dow) is { Count: 7 };
        if (domAny && dowAny)
        {
            return $"{prefix}매일 {times}";
        }

        if (!domAny && dowAny)
        {
            return Days(dom) is { } days ? $"{(months.Length > 0 ? "매년 " + months : "매월")} {days} {times}" : null;
        }

        if (domAny && !dowAny)
        {
            if (NthWeekdays(dow) is { } nth)
            {
                return $"{(months.Length > 0 ? "매년 " + months : "매월")} {nth} {times}";
            }

            return Weekdays(dow) is { } set ? $"{prefix}{WeekdayWords(set)} {times}" : null;
        }

        return null;
    }

    private static bool Any(string field) => field is "*" or "?";

    /// <summary>One minute and one or more hours: "14:00", "09:00·14:00".</summary>
    private static string? Times(string minute, string hour) =>
        TryNumber(minute, 0, 59, out var m) && List(hour, 0, 23) is { } hours ? string.Join("·", hours.Select(h => $"{h:00}:{m:00}")) : null;

    private static string? Days(string dom) =>
        dom == "L" ? "말일" : List(dom, 1, 31) is { } days ? string.Join("·", days.Select(d => $"{d}일")) : null;

    private static string? Months(string month) =>
        List(month, 1, 12, MonthNames) is { } months ? string.Join("·", months.Select(n => $"{n}월")) : null;

    /// <summary>A comma list of numbers in [min, max] (or of <paramref name="names"/>, the first being <paramref name="min"/>), in order; null for anything else.</summary>
    private static List<int>? List(string field, int min, int max, string[]? names = null)
    {
        var values = new SortedSet<int>();
        foreach (var part in field.Split(','))
        {
            var named = names is null ? -1 : Array.IndexOf(names, part.ToUpperInvariant());
            if (named >= 0)
            {
                values.Add(min + named);
            }
            else if (TryNumber(part, min, max, out var n))
            {
                values.Add(n);
            }
            else
            {
                return null;
            }
        }

        return values.ToList();
    }

    /// <summary>The weekdays of a field of names, numbers and ranges (MON-FRI, 1-5, SAT,SUN), 0 = Sunday; null for anything else.</summary>
    private static SortedSet<int>? Weekdays(string dow)
    {
        var set = new SortedSet<int>();
        foreach (var part in dow.Split(','))
        {
            var range = part.Split('-');
            if (range.Length > 2 || !TryWeekday(range[0], out var from))
            {
                return null;
            }

            var to = from;
            if (range.Length == 2 && !TryWeekday(range[1], out to))
            {
                return null;
            }

            if (range.Length == 2 && to == 0)
            {
                to = 7; // FRI-SUN runs to Sunday at the end of the week
            }

            if (to < from)
            {
                return null;
            }

            for (var d = from; d <= to; d++)
            {
                set.Add(d % 7);
            }
        }

        return set;
    }

    /// <summary>"TUE#2,TUE#4" → "둘째·넷째 화요일", "FRIL" or "5L" → "마지막 금요일"; one weekday only.</summary>
    private static string? NthWeekdays(string dow)
    {
        var parts = dow.Split(',');
        var ordinals = new List<string>();
        int? weekday = null;
        foreach (var part in parts)
        {
            string day;
            string ordinal;
            if (part.Split('#') is [var d, var n] && int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var nth) && nth is >= 1 and <= 5)
            {
                (day, ordinal) = (d, Ordinals[nth]);
            }
            else if (part.Length > 1 && part.EndsWith('L'))
            {
                (day, ordinal) = (part[..^1], "마지막");
            }
            else
            {
                return null;
            }

            if (!TryWeekday(day, out var w) || (weekday is { } seen && seen != w % 7))
            {
                return null;
            }

            weekday = w % 7;
            ordinals.Add(ordinal);
        }

        return $"{string.Join("·", ordinals)} {Korean[weekday!.Value]}요일";
    }

    private static string WeekdayWords(SortedSet<int> days)
    {
        if (days.SetEquals([1, 2, 3, 4, 5]))
        {
            return "평일(월~금)";
        }

        if (days.SetEquals([0, 6]))
        {
            return "매주 토·일요일";
        }

        // Monday first, as a Korean week is written.
        return "매주 " + string.Join("·", days.OrderBy(d => (d + 6) % 7).Select(d => Korean[d].ToString())) + "요일";
    }

    private static bool TryWeekday(string text, out int day)
    {
        day = Array.IndexOf(WeekdayNames, text.ToUpperInvariant());
        return day >= 0 || TryNumber(text, 0, 7, out day);
    }

    private static bool TryNumber(string text, int min, int max, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
}
