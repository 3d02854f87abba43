namespace Matching.Infrastructure.Events;

/// <summary>A recurring sweep every five minutes: closes the events that have ended.</summary>
public sealed class CloseOutJob(EventCloser closer)
{
    public const string RecurringJobId = "close-out";
    public const string Schedule = "*/5 * * * *";

    public Task RunAsync(CancellationToken ct) => closer.CloseDueAsync(ct);
}
