using System.Globalization;
using Matching.Application.Common;

namespace Matching.Application.Series;

/// <summary>A holiday's date as the routes carry it: yyyy-MM-dd, 2000 to 2100.</summary>
internal static class HolidayDates
{
    public static DateOnly Parse(string? date, ValidationErrors errors)
    {
        if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= 2000 and <= 2100)
        {
            return day;
        }

        errors.Add("date", "날짜는 2000-01-01 ~ 2100-12-31 사이의 yyyy-MM-dd 형식이어야 합니다.");
        return default;
    }

    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
