using Matching.Domain.Events;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Application.Events;

public sealed record EventRequest(EventKind? Kind, string? Title, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Venue, int? SlotMinutes);

/// <summary><c>kindName</c> is the Korean name of the kind (금요채용마당 …).</summary>
public sealed record EventResponse(
    Guid Id,
    long Version,
    EventKind Kind,
    string KindName,
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Venue,
    int SlotMinutes,
    Guid? SeriesId,
    EventStatus Status,
    PrematchStatus PrematchStatus,
    DateTimeOffset? PrematchedAt,
    string? PrematchError,
    int Employers,
    int Seekers,
    EventResults? Results);

public sealed record JoinEmployerRequest(Guid? EmployerId, IReadOnlyList<Guid>? OpeningIds, int? InterviewersPerSlot);

public sealed record BoothResponse(Guid EventId, Guid EmployerId, IReadOnlyList<Guid> OpeningIds, int InterviewersPerSlot, DateTimeOffset JoinedAt);

public sealed record JoinSeekerRequest(Guid? SeekerId, int? MaxInterviews);

public sealed record AttendeeResponse(Guid EventId, Guid SeekerId, int MaxInterviews, AttendeeSource Source, int CarryCount, DateTimeOffset JoinedAt, DateTimeOffset? CheckedInAt);

/// <summary><c>minScore</c> overrides <c>Matching:Events:PrematchMinScore</c> for this event.</summary>
public sealed record PrematchRequest(double? MinScore);

public sealed record PrematchAccepted(Guid EventId, PrematchStatus Status, double MinScore, string Timetable);

/// <summary>
/// <c>slots</c> and <c>unplaced</c> as API.md names them; <c>unplacedReasons</c> says why each was left out.
/// <c>prematchStartedAt</c> is when the last pre-match job began, <c>prematchedAt</c> when one last finished.
/// An employer sees only its own booth's slots, with seekers anonymised.
/// </summary>
public sealed record TimetableResponse(
    Guid EventId,
    PrematchStatus Status,
    DateTimeOffset? PrematchStartedAt,
    DateTimeOffset? PrematchedAt,
    double? MinScore,
    IReadOnlyList<TimetableSlot> Slots,
    IReadOnlyList<Guid> Unplaced,
    IReadOnlyList<UnplacedResponse> UnplacedReasons);

public sealed record TimetableSlot(
    Guid InterviewId, int SlotIndex, DateTimeOffset StartsAt, Guid EmployerId, Guid OpeningId, Guid SeekerId, string SeekerName, double Score, InterviewStatus Status);

public sealed record UnplacedResponse(Guid SeekerId, string Reason);

/// <summary><c>maxInterviews</c> applies to a walk-in: how many booths' queues they join.</summary>
public sealed record CheckInRequest(Guid? SeekerId, int? MaxInterviews);

public sealed record CheckInResponse(Guid SeekerId, bool WalkIn, DateTimeOffset CheckedInAt, IReadOnlyList<InterviewResponse> Queues, string? Note);

public sealed record InterviewChangeRequest(InterviewStatus? Status);

public sealed record InterviewResponse(
    Guid Id,
    Guid EventId,
    Guid EmployerId,
    Guid OpeningId,
    Guid SeekerId,
    string SeekerName,
    InterviewSource Source,
    DateTimeOffset? SlotStartsAt,
    double Score,
    InterviewStatus Status,
    DateTimeOffset? QueuedAt,
    DateTimeOffset? CalledAt,
    DateTimeOffset? FinishedAt,
    Guid? ReferralId);

/// <summary>The organiser's counts; <c>hiredLater</c> grows as referrals made at the event end in a hire.</summary>
public sealed record EventResultsResponse(
    Guid EventId, EventStatus Status, int Registered, int CheckedIn, int Interviewed, int NoShows, int Referrals, int CarriedOver, int HiredLater);

public sealed record NotificationResponse(Guid Id, Guid SeekerId, Guid? EventId, NotificationKind Kind, string Text, string? Recipient, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, string? Channel);
