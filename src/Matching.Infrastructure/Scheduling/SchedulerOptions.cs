namespace Matching.Infrastructure.Scheduling;

public sealed class SchedulerOptions
{
    public const string SectionName = "Matching:Scheduler";

    /// <summary>When the series job looks for instances to create: a Quartz cron expression in Asia/Seoul.</summary>
    public string SeriesSchedule { get; set; } = "0 0 * * * ?";

    /// <summary>How late a fire may be before it counts as missed and its misfire policy (fire once now) applies.</summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often an idle scheduler looks at its store again; at least one second.</summary>
    public TimeSpan IdleWaitTime { get; set; } = TimeSpan.FromSeconds(30);
}
