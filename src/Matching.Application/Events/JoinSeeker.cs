using Matching.Application.Common;
using Matching.Domain.Events;
using Matching.Infrastructure;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;
using StoredSeeker = Matching.Infrastructure.Store.Entities.EventSeeker;

namespace Matching.Application.Events;

/// <summary>A seeker registers for an event ahead of it (the pre-match places registered seekers); again, it changes their interview limit.</summary>
public sealed class JoinSeeker(MatchingDbContext db, TimeProvider clock)
{
    public const int DefaultMaxInterviews = 3;

    public async Task<Result<Saved<AttendeeResponse>>> ExecuteAsync(Guid eventId, JoinSeekerRequest request, CancellationToken ct = default)
    {
        var found = await EventLookup.FindAsync(db, eventId, mustBeOpen: true, ct);
        if (!found.IsOk)
        {
            return found.Problem!;
        }

        var errors = new ValidationErrors();
        errors.Required("seekerId", request.SeekerId);
        errors.Range("maxInterviews", request.MaxInterviews ?? DefaultMaxInterviews, 1, 10);
        if (errors.Any)
        {
            return Problem.Invalid(errors);
        }

        var seekerId = request.SeekerId!.Value;
        if (!await db.Seekers.AnyAsync(s => s.Id == seekerId && s.Status == ProfileStatus.Active, ct))
        {
            return Problem.NotFound("구직자", seekerId);
        }

        var attendee = await db.EventSeekers.FirstOrDefaultAsync(s => s.EventId == eventId && s.SeekerId == seekerId, ct);
        var created = attendee is null;
        if (attendee is null)
        {
            attendee = new StoredSeeker { EventId = eventId, SeekerId = seekerId, Source = AttendeeSource.Registered, JoinedAt = clock.Now() };
            db.EventSeekers.Add(attendee);
        }

        attendee.MaxInterviews = request.MaxInterviews ?? DefaultMaxInterviews;
        await db.SaveChangesAsync(ct);
        return new Saved<AttendeeResponse>(attendee.ToResponse(), created);
    }
}
