using Matching.Domain.Events;

namespace Matching.Infrastructure.Store.Entities;

/// <summary>One recruitment event (채용행사), created by an organiser or by a series.</summary>
public sealed class RecruitmentEvent
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public EventKind Kind { get; set; }
    public required string Title { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public required string Venue { get; set; }
    public int SlotMinutes { get; set; }
    /// <summary>Set when a series created this instance; with <see cref="StartsAt"/> it is unique, so an instance is never created twice.</summary>
    public Guid? SeriesId { get; set; }
    public EventStatus Status { get; set; }
    public PrematchStatus PrematchStatus { get; set; }
    /// <summary>The score threshold the last pre-match used.</summary>
    public double? PrematchMinScore { get; set; }
    public DateTimeOffset? PrematchedAt { get; set; }
    /// <summary>When the last pre-match job began working (set as it starts, before its outcome is known).</summary>
    public DateTimeOffset? PrematchStartedAt { get; set; }
    public string? PrematchError { get; set; }
    /// <summary>The Hangfire job of the last pre-match request; the start-up reconciler queues a new one when storage lost it.</summary>
    public string? PrematchJobId { get; set; }
    /// <summary>The Hangfire job that sends the reminders the day before.</summary>
    public string? ReminderJobId { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    /// <summary>The counts reported to the organiser at close-out, as JSON.</summary>
    public EventResults? Results { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
}

/// <summary>What the organiser gets when an event closes.</summary>
public sealed record EventResults(int Registered, int CheckedIn, int Interviewed, int NoShows, int Referrals, int CarriedOver)
{
    /// <summary>Seekers are counted once however many interviews they had.</summary>
    public static EventResults Of(IReadOnlyCollection<EventSeeker> attendees, IReadOnlyCollection<EventInterview> interviews, int referrals, int carriedOver) => new(
        Registered: attendees.Count,
        CheckedIn: attendees.Count(a => a.CheckedInAt is not null),
        Interviewed: interviews.Where(i => i.Status == InterviewStatus.Done).Select(i => i.SeekerId).Distinct().Count(),
        NoShows: interviews.Where(i => i.Status == InterviewStatus.NoShow).Select(i => i.SeekerId).Distinct().Count(),
        Referrals: referrals,
        CarriedOver: carriedOver);
}
