using Matching.Application.Common;
using Matching.Application.Privacy;
using Matching.Infrastructure.Events;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Events;

/// <summary>A booth calls its next candidate into an interview; an employer only at its own booth.</summary>
public sealed class CallNextCandidate(MatchingDbContext db, EventDay day, AuditTrail audit)
{
    public async Task<Result<InterviewResponse>> ExecuteAsync(Actor actor, Guid eventId, Guid employerId, CancellationToken ct = default)
    {
        var found = await EventLookup.FindAsync(db, eventId, mustBeOpen: true, ct);
        if (!found.IsOk)
        {
            return found.Problem!;
        }

        if (!actor.MayActFor(employerId))
        {
            return Problem.Forbidden("소속 기업의 부스만 호출할 수 있습니다.");
        }

        var booth = await db.EventEmployers.AsNoTracking().FirstOrDefaultAsync(b => b.EventId == eventId && b.EmployerId == employerId, ct);
        if (booth is null)
        {
            return Problem.NotFound("행사 참가 기업", employerId);
        }

        var interview = await day.CallNextAsync(eventId, booth, ct);
        if (interview is null)
        {
            return Problem.Conflict("부를 구직자가 없습니다",
                "대기 중인 구직자가 없거나, 다른 부스에서 면접 중이거나, 면접관이 모두 면접 중입니다.");
        }

        var names = await EventLookup.SeekerNamesAsync(db, audit, actor, [interview.SeekerId], ct);
        return interview.ToResponse(names[interview.SeekerId]);
    }
}
