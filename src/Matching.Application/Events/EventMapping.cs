using Matching.Domain.Events;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Application.Events;

/// <summary>Entities to responses; seekers' names come from <see cref="EventLookup.SeekerNamesAsync"/>, as each caller may see them.</summary>
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
}
