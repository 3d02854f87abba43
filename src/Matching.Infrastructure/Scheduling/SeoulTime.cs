namespace Matching.Infrastructure.Scheduling;

/// <summary>
/// Series schedules and recurring jobs are cron expressions read in Asia/Seoul. <see cref="KoreaClock"/> uses a
/// fixed +09:00, which is the same zone today; the named zone is what Hangfire stores with a recurring job.
/// </summary>
public static class SeoulTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
}
