using Cronos;

namespace Matching.Application.Privacy;

public sealed class RetentionOptions
{
    public const string SectionName = "Matching:Privacy";

    /// <summary>A seeker inactive this long has their personal data erased (the purpose text says 3 years).</summary>
    public int RetentionYears { get; set; } = 3;

    /// <summary>When the erasure runs, as cron in Asia/Seoul: daily, so nobody is kept more than a day too long.</summary>
    public string RetentionSchedule { get; set; } = "0 3 * * *";

    public bool IsValid() => RetentionYears is >= 1 and <= 20 && CronExpression.TryParse(RetentionSchedule, out _);
}
