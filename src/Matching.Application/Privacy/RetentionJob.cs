namespace Matching.Application.Privacy;

/// <summary>The Hangfire recurring job of the retention rule; the erasure is idempotent, so a make-up or doubled run does no harm.</summary>
public sealed class RetentionJob(EraseInactiveSeekers erase)
{
    public const string RecurringJobId = "retention";

    public Task RunAsync(CancellationToken ct) => erase.RunAsync(ct);
}
