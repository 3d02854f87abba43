using Matching.Application.Common;
using Matching.Application.Privacy;
using Matching.Domain.Events;
using Matching.Infrastructure.Events;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Events;

/// <summary>An interviewer marks an interview done or a no-show; an employer only at its own booth, and only once.</summary>
public sealed class RecordInterview(MatchingDbContext db, EventDay day, AuditTrail audit)
{
    public async Task<Result<InterviewResponse>> ExecuteAsync(
        Actor actor, Guid eventId, Guid interviewId, InterviewChangeRequest request, CancellationToken ct = default)
    {
        var found = await EventLookup.FindAsync(db, eventId, mustBeOpen: true, ct);
        if (!found.IsOk)
        {
            return found.Problem!;
        }

        var interview = await db.EventInterviews.FirstOrDefaultAsync(i => i.Id == interviewId && i.EventId == eventId, ct);
        if (interview is null)
        {
            return Problem.NotFound("면접", interviewId);
        }

        if (!actor.MayActFor(interview.EmployerId))
        {
            return Problem.Forbidden("소속 기업 부스의 면접만 기록할 수 있습니다.");
        }

        if (request.Status is not (InterviewStatus.Done or InterviewStatus.NoShow))
        {
            var errors = new ValidationErrors();
            errors.Add("status", "면접 결과는 Done(면접 완료) 또는 NoShow(불참) 중 하나여야 합니다.");
            return Problem.Invalid(errors);
        }

        if (interview.Status is not (InterviewStatus.Scheduled or InterviewStatus.Waiting or InterviewStatus.InProgress))
        {
            return Problem.Conflict("이미 끝난 면접입니다", $"이 면접은 이미 {interview.Status}(으)로 기록되었습니다.");
        }

        await day.FinishAsync(interview, request.Status.Value, ct);
        var names = await EventLookup.SeekerNamesAsync(db, audit, actor, [interview.SeekerId], ct);
        return interview.ToResponse(names[interview.SeekerId]);
    }
}
