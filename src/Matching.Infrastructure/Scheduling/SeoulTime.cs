namespace Matching.Infrastructure.Scheduling;

/// <summary>
/// Series schedules are cron expressions read in Asia/Seoul. <see cref="KoreaClock"/> uses a fixed
/// +09:00, which is the same zone today; the named zone is what Quartz stores with a cron trigger.
/// </summary>
public static class SeoulTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
}
