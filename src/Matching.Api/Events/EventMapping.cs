using Matching.Application.Matches;
using Matching.Domain.Events;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Api.Events;

/// <summary>Entities to responses. Employers see seekers anonymised, as in match lists.</summary>
internal static class EventMapping
{
    public static EventResponse ToResponse(this RecruitmentEvent e, int employers, int seekers) => new(
        e.Id, e.Version, e.Kind, e.Kind.Korean(), e.Title, e.StartsAt, e.EndsAt, e.Venue, e.SlotMinutes, e.SeriesId, e.Status,
        e.PrematchStatus, e.PrematchedAt, e.PrematchError, employers, seekers, e.Results);

    public static BoothResponse ToResponse(this Infrastructure.Store.Entities.EventEmployer b) =>
        new(b.EventId, b.EmployerId, b.OpeningIds, b.InterviewersPerSlot, b.JoinedAt);

    public static AttendeeResponse ToResponse(this Infrastructure.Store.Entities.EventSeeker s) =>
        new(s.EventId, s.SeekerId, s.MaxInterviews, s.Source, s.CarryCount, s.JoinedAt, s.CheckedInAt);

    public static InterviewResponse ToResponse(this EventInterview i, string seekerName) => new(
        i.Id, i.EventId, i.EmployerId, i.OpeningId, i.SeekerId, seekerName, i.Source, i.StartsAt, i.Score, i.Status,
        i.QueuedAt, i.CalledAt, i.FinishedAt, i.ReferralId);

    public static NotificationResponse ToResponse(this Notification n) =>
        new(n.Id, n.SeekerId, n.EventId, n.Kind, n.Text, n.Recipient, n.CreatedAt, n.SentAt, n.Channel);

    /// <summary>The name shown to this caller: the real one for staff, the anonymous one for an employer.</summary>
    public static string SeekerName(bool anonymise, Guid seekerId, IReadOnlyDictionary<Guid, string?> names) =>
        anonymise ? AnonymousName.For(seekerId) : names.GetValueOrDefault(seekerId) ?? "";
}
