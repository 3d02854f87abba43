using Matching.Infrastructure.Store.Entities;
using Microsoft.Extensions.Logging;

namespace Matching.Infrastructure.Events;

/// <summary>The notification is already stored; this records that it would have gone out.</summary>
public sealed class LoggingNotificationSender(ILogger<LoggingNotificationSender> logger) : INotificationSender
{
    public string Channel => "store";

    public Task SendAsync(Notification notification, CancellationToken ct)
    {
        logger.LogInformation("Notification {Kind} for seeker {SeekerId} (event {EventId}): {Text}",
            notification.Kind, notification.SeekerId, notification.EventId, notification.Text);
        return Task.CompletedTask;
    }
}
