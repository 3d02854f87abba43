namespace Matching.Domain.Events;

/// <summary>What a stored notification is about.</summary>
public enum NotificationKind
{
    /// <summary>Sent when a seeker is pre-matched: the interviews and their times.</summary>
    Invitation,
    /// <summary>The day before the event, at 10:00 KST.</summary>
    Reminder,
    /// <summary>A 금요채용마당 no-show invited to next week's instance.</summary>
    CarryOver,
}
