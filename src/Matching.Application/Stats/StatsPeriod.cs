using Matching.Application.Common;

namespace Matching.Application.Stats;

/// <summary>The period of the 일자리 공시 tables: both dates inclusive, by registration, posting or hiring day.</summary>
public readonly record struct StatsPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The published tables are yearly; a year is the default period everywhere.</summary>
    public static StatsPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public bool IsWholeYear => From.Month == 1 && From.Day == 1 && To == From.AddYears(1).AddDays(-1);

    /// <summary>"2024년" for a calendar year, else "2024-03-01 ~ 2024-08-31".</summary>
    public override string ToString() => IsWholeYear ? $"{From.Year}년" : $"{From:yyyy-MM-dd} ~ {To:yyyy-MM-dd}";

    public static StatsPeriod? Validate(DateOnly? from, DateOnly? to, ValidationErrors errors)
    {
        errors.Required("from", from);
        errors.Required("to", to);
        if (from > to)
        {
            errors.Add("to", "종료일이 시작일보다 빠릅니다.");
        }

        return from is { } f && to is { } t && f <= t ? new StatsPeriod(f, t) : null;
    }
}
