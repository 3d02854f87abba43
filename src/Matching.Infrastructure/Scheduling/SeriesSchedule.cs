using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Cronos;

namespace Matching.Infrastructure.Scheduling;

/// <summary>
/// A series' schedule: cron read in Asia/Seoul, either the standard 5 fields (<c>0 14 * * FRI</c>) or the
/// seconds-first 6 fields stored and documented before Hangfire (<c>0 0 14 ? * FRI</c>). Parsed with Cronos, the
/// parser Hangfire fires recurring jobs with, so what is validated here is what fires.
/// </summary>
public static partial class SeriesSchedule
{
    /// <summary>More than this many instances in one look-ahead window is a schedule that is surely a mistake.</summary>
    public const int MaxInstancesAhead = 200;

    public const string NotCron =
        "cron 형식이 아닙니다. 분 시 일 월 요일의 5자리(예: 매주 금요일 14시 \"0 14 * * FRI\") 또는 초를 앞에 둔 6자리(\"0 0 14 ? * FRI\")로 입력하세요.";

    public const string NumericWeekday =
        "6자리(초 포함) 형식에서는 요일을 숫자로 쓸 수 없습니다. 요일 이름 SUN(일), MON(월), TUE(화), WED(수), THU(목), FRI(금), SAT(토)으로 쓰세요 (예: \"0 0 14 ? * FRI\", 평일은 \"MON-FRI\").";

    /// <summary>
    /// Why <paramref name="schedule"/> cannot be a new series' schedule, or null. A weekday number in the 6-field
    /// form is refused: the scheduler before Hangfire counted 1 as Sunday and Cronos counts 0 as Sunday, so a number would silently mean
    /// another day than the one its writer had in mind.
    /// </summary>
    public static string? Problem(string schedule)
    {
        var fields = Fields(schedule);
        if (fields.Length == 6 && WeekdayNumber().IsMatch(fields[5]))
        {
            return NumericWeekday;
        }

        return TryParse(schedule, out _, out _) ? null : NotCron;
    }

    /// <summary>
    /// Reads a stored schedule. Series saved before Hangfire may name weekdays by the old numbers (1 = Sunday … 7 =
    /// Saturday) in the 6-field form; they are read as they were meant, so they keep firing on the same weekday.
    /// <paramref name="hangfireCron"/> is the expression to give Hangfire (Cronos numbering).
    /// </summary>
    public static bool TryParse(string? schedule, [NotNullWhen(true)] out CronExpression? cron, [NotNullWhen(true)] out string? hangfireCron)
    {
        cron = null;
        hangfireCron = null;
        var fields = Fields(schedule);
        if (fields.Length is not (5 or 6))
        {
            return false;
        }

        if (fields.Length == 6)
        {
            fields[5] = WeekdayNumber().Replace(fields[5], m => m.Groups[1].Value + (int.Parse(m.Groups[2].Value) - 1));
        }

        var expression = string.Join(' ', fields);
        var format = fields.Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
        if (!CronExpression.TryParse(expression, format, out var parsed))
        {
            return false;
        }

        cron = parsed;
        hangfireCron = expression;
        return true;
    }

    /// <summary>The next start after <paramref name="after"/>, in KST, or null when the schedule has none.</summary>
    public static DateTimeOffset? NextAfter(CronExpression cron, DateTimeOffset after) =>
        cron.GetNextOccurrence(after, SeoulTime.Zone)?.ToOffset(KoreaClock.Offset);

    /// <summary>
    /// How far a run of the series' job at <paramref name="at"/> creates: <paramref name="createAheadDays"/> ahead, and
    /// at least the next start. The job runs only at the series' own starts, so no other run comes before that one:
    /// without it a series whose starts lie further apart than its days ahead (monthly, made 14 days ahead) never
    /// got an instance.
    /// </summary>
    public static DateTimeOffset CreatesThrough(CronExpression cron, DateTimeOffset at, int createAheadDays)
    {
        var ahead = at.AddDays(createAheadDays);
        return NextAfter(cron, at) is { } next && next > ahead ? next : ahead;
    }

    /// <summary>
    /// The start times in (<paramref name="after"/>, <paramref name="until"/>], in KST, leaving out
    /// those whose Korean date is in <paramref name="holidays"/> (counted in <paramref name="skipped"/>);
    /// at most <paramref name="limit"/>.
    /// </summary>
    public static List<DateTimeOffset> StartsBetween(
        CronExpression cron, DateTimeOffset after, DateTimeOffset until, IReadOnlySet<DateOnly> holidays, out int skipped, int limit = MaxInstancesAhead)
    {
        var starts = new List<DateTimeOffset>();
        skipped = 0;
        for (var next = NextAfter(cron, after); next is { } at && at <= until && starts.Count < limit; next = NextAfter(cron, at))
        {
            if (holidays.Contains(DateOnly.FromDateTime(at.DateTime)))
            {
                skipped++;
            }
            else
            {
                starts.Add(at);
            }
        }

        return starts;
    }

    private static string[] Fields(string? schedule) =>
        schedule?.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>A weekday given as a number: at the start of the field or after ',' or '-' (not an nth after '#', nor a step after '/').</summary>
    [GeneratedRegex(@"(^|[,\-])(\d+)")]
    private static partial Regex WeekdayNumber();
}
