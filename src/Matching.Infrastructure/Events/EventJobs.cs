using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Matching.Infrastructure.Events;

/// <summary>Pre-matches one event; scheduled per request, recovered after a crash by the persistent store.</summary>
[DisallowConcurrentExecution]
public sealed class PrematchJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("prematch", "events");
    public const string EventIdKey = "eventId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var eventId = Guid.Parse(context.MergedJobDataMap.GetString(EventIdKey)!);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EventPrematcher>().RunAsync(eventId, cancellationToken);
    }
}

/// <summary>10:00 KST every day: reminders for tomorrow's events.</summary>
[DisallowConcurrentExecution]
public sealed class ReminderJob(IServiceScopeFactory scopes, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("reminders", "events");

    /// <summary>Set on the start-up run: it sends only if today's 10:00 has passed, making up a missed fire.</summary>
    public const string CatchUpKey = "catchUp";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (context.MergedJobDataMap.ContainsKey(CatchUpKey) && clock.Now().Hour < 10)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReminderService>().SendDueAsync(cancellationToken);
    }
}

/// <summary>Every few minutes: closes the events that have ended.</summary>
[DisallowConcurrentExecution]
public sealed class CloseOutJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("close-out", "events");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EventCloser>().CloseDueAsync(cancellationToken);
    }
}
