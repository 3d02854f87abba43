using Matching.Domain.Events;

namespace Matching.Infrastructure.Store.Entities;

/// <summary>A message to a seeker, stored first and then handed to the sender; unique per event, seeker and kind.</summary>
public sealed class Notification
{
    public Guid Id { get; set; }
    public Guid SeekerId { get; set; }
    public Guid? EventId { get; set; }
    public NotificationKind Kind { get; set; }
    public required string Text { get; set; }
    /// <summary>The seeker's phone at the time, if any; an SMS gateway sends to it.</summary>
    public string? Recipient { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? Channel { get; set; }
}
