using Matching.Infrastructure.Store.Entities;

namespace Matching.Infrastructure.Events;

/// <summary>Delivers a stored notification. The default only logs it; an SMS gateway plugs in here.</summary>
public interface INotificationSender
{
    /// <summary>The channel name recorded on each notification sent.</summary>
    string Channel { get; }

    Task SendAsync(Notification notification, CancellationToken ct);
}
