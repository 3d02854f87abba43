using Hangfire;
using Matching.Infrastructure.Scheduling;

namespace Matching.Infrastructure.Events;

/// <summary>
/// Pre-matches one event, on the <c>prematch</c> queue. At most one runs per event: a second request's job waits
/// for the first under a lock held in Hangfire's storage (so across nodes on PostgreSQL). Transient failures are
/// retried with the server's back-off; the event's status row stays what the API reports.
/// </summary>
[Queue(HangfireOptions.PrematchQueue)]
public sealed class PrematchJob(EventPrematcher prematcher)
{
    /// <summary>How long a job waits for the event's running pre-match before it fails and is retried later.</summary>
    private const int LockWaitSeconds = 15 * 60;

    [DisableConcurrentExecution("prematch:{0}", LockWaitSeconds)]
    public Task RunAsync(Guid eventId, CancellationToken ct) => prematcher.RunAsync(eventId, ct);
}
