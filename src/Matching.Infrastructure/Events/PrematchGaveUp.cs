using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Matching.Infrastructure.Events;

/// <summary>
/// A pre-match whose transient failures outlasted every retry ends as a failed job; its event then shows
/// <c>Failed</c> with the last error, instead of staying queued for good.
/// </summary>
internal sealed class PrematchGaveUp(IServiceScopeFactory scopes, ILogger<PrematchGaveUp> logger) : JobFilterAttribute, IApplyStateFilter
{
    public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
        if (context.NewState is not FailedState failed || context.BackgroundJob.Job?.Type != typeof(PrematchJob)
            || context.BackgroundJob.Job.Args[0] is not Guid eventId)
        {
            return;
        }

        try
        {
            using var scope = scopes.CreateScope();
            // Hangfire's filters are synchronous.
            scope.ServiceProvider.GetRequiredService<EventPrematcher>().MarkFailedAsync(eventId, failed.Exception.Message, CancellationToken.None)
                .GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            // The row stays queued; the next start's reconciler queues the pre-match again.
            logger.LogError(e, "Could not mark the pre-match of event {EventId} failed", eventId);
        }
    }

    public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
    }
}
