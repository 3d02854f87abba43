using Matching.Infrastructure.Scheduling;

namespace Matching.IntegrationTests.Scheduling;

/// <summary>The series job's runs, read from its one log line per fire.</summary>
public sealed record SeriesRunLine(string Trigger, DateTimeOffset ScheduledFireTime, int Created)
{
    public static IReadOnlyList<SeriesRunLine> From(IEnumerable<LogCapture.Entry> entries) => entries
        .Where(e => e.Category == typeof(SeriesCreationJob).FullName && e.Values.ContainsKey("FireInstanceId"))
        .Select(e => new SeriesRunLine(
            e.Values["Trigger"]!.ToString()!,
            (DateTimeOffset)e.Values["ScheduledFireTime"]!,
            (int)e.Values["Created"]!))
        .ToList();

    public bool IsSchedule => Trigger == SeriesCreationJob.ScheduleKey.ToString();
}
