namespace Matching.Infrastructure.Scheduling;

/// <summary><c>Matching:Hangfire</c>: the job server's workers, queues and poll intervals.</summary>
public sealed class HangfireOptions
{
    public const string SectionName = "Matching:Hangfire";

    /// <summary>Pre-matches run on a queue of their own, so a deployment can give them workers of their own.</summary>
    public const string PrematchQueue = "prematch";

    public const string DefaultQueue = "default";

    /// <summary>Jobs run at once on one node. Pre-matches are CPU-bound, so more workers than cores only queue them up.</summary>
    public int WorkerCount { get; set; } = Math.Clamp(Environment.ProcessorCount * 2, 2, 10);

    /// <summary>The queues this node's server takes jobs from, first to last; null for both.</summary>
    public string[]? Queues { get; set; }

    /// <summary>How often a server looks for scheduled jobs that are due (reminders, retries) and for recurring jobs to fire.</summary>
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>PostgreSQL: how often an idle worker looks at the queue when no notification woke it.</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// PostgreSQL: how long a job fetched by a node that died stays invisible to the others. The node keeps
    /// pushing it forward while it lives (sliding), so this bounds how soon a dead node's job is run again.
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>PostgreSQL: how long a lock held by a node that died (the one pre-match per event) outlives it.</summary>
    public TimeSpan DistributedLockTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Back-off between the attempts of a job that failed with a transient error; one retry per entry. Null for the default.</summary>
    public int[]? RetryDelaysSeconds { get; set; }

    internal string[] QueuesOrDefault => Queues is { Length: > 0 } ? Queues : [PrematchQueue, DefaultQueue];

    internal int[] RetryDelaysOrDefault => RetryDelaysSeconds ?? [10, 60, 300, 900, 3600];
}
