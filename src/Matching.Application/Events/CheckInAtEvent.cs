using Matching.Application.Common;
using Matching.Application.Privacy;
using Matching.Infrastructure.Events;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Events;

/// <summary>
/// The desk checks a seeker in: a registered one joins the queues of their pre-matched booths, a walk-in those
/// of their best booths. Checking in twice changes nothing and says so.
/// </summary>
public sealed class CheckInAtEvent(MatchingDbContext db, EventDay day, AuditTrail audit)
{
    public async Task<Result<CheckInResponse>> ExecuteAsync(Actor actor, Guid eventId, CheckInRequest request, CancellationToken ct = default)
    {
        var found = await EventLookup.FindAsync(db, eventId, mustBeOpen: true, ct);
        if (found.Value is not { } ev)
        {
            return found.Problem!;
        }

        var errors = new ValidationErrors();
        errors.Required("seekerId", request.SeekerId);
        errors.Range("maxInterviews", request.MaxInterviews, 1, 10);
        if (errors.Any)
        {
            return Problem.Invalid(errors);
        }

        var seekerId = request.SeekerId!.Value;
        if (!await db.Seekers.AnyAsync(s => s.Id == seekerId && s.Status == ProfileStatus.Active, ct))
        {
            return Problem.NotFound("구직자", seekerId);
        }

        var result = await day.CheckInAsync(ev, seekerId, request.MaxInterviews, ct);
        var names = await EventLookup.SeekerNamesAsync(db, audit, actor, [seekerId], ct);
        return new CheckInResponse(result.SeekerId, result.WalkIn, result.CheckedInAt,
            result.Queued.Select(i => i.ToResponse(names[seekerId])).ToList(), result.Note);
    }
}
