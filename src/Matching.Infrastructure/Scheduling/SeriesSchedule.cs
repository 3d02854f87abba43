using System.Diagnostics.CodeAnalysis;
using Quartz;

namespace Matching.Infrastructure.Scheduling;

/// <summary>A series' Quartz cron expression, read in Asia/Seoul, and the instances it asks for.</summary>
public static class SeriesSchedule
{
    /// <summary>More than this many instances in one look-ahead window is a schedule that is surely a mistake.</summary>
    public const int MaxInstancesAhead = 200;

    public static bool TryParse(string? schedule, [NotNullWhen(true)] out CronExpression? cron)
    {
        cron = null;
        if (string.IsNullOrWhiteSpace(schedule) || !CronExpression.TryParse(schedule.Trim(), out var parsed))
        {
            return false;
        }

        cron = parsed.WithTimeZone(SeoulTime.Zone);
        return true;
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
        for (var next = cron.GetNextValidTimeAfter(after); next is { } at && at <= until && starts.Count < limit; next = cron.GetNextValidTimeAfter(at))
        {
            var korean = at.ToOffset(KoreaClock.Offset);
            if (holidays.Contains(DateOnly.FromDateTime(korean.DateTime)))
            {
                skipped++;
            }
            else
            {
                starts.Add(korean);
            }
        }

        return starts;
    }
}
