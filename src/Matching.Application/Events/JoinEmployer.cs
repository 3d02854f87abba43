using Matching.Application.Common;
using Matching.Infrastructure;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;
using StoredEmployer = Matching.Infrastructure.Store.Entities.EventEmployer;

namespace Matching.Application.Events;

/// <summary>An employer takes a booth with some of its open openings; joining again replaces the openings and interviewer count.</summary>
public sealed class JoinEmployer(MatchingDbContext db, TimeProvider clock)
{
    public async Task<Result<Saved<BoothResponse>>> ExecuteAsync(Actor actor, Guid eventId, JoinEmployerRequest request, CancellationToken ct = default)
    {
        var found = await EventLookup.FindAsync(db, eventId, mustBeOpen: true, ct);
        if (!found.IsOk)
        {
            return found.Problem!;
        }

        var errors = new ValidationErrors();
        errors.Required("employerId", request.EmployerId);
        errors.Range("interviewersPerSlot", request.InterviewersPerSlot ?? 1, 1, 20);
        if (request.OpeningIds is not { Count: > 0 } openingIds)
        {
            errors.Add("openingIds", "행사에서 채용할 공고를 하나 이상 고르세요.");
        }
        else if (openingIds.Count > 20)
        {
            errors.Add("openingIds", "공고는 최대 20개까지 고를 수 있습니다.");
        }

        if (errors.Any)
        {
            return Problem.Invalid(errors);
        }

        var employerId = request.EmployerId!.Value;
        if (!actor.MayActFor(employerId))
        {
            return Problem.Forbidden("소속 기업으로만 행사에 참가할 수 있습니다.");
        }

        if (!await db.Employers.AnyAsync(e => e.Id == employerId && !e.Deleted, ct))
        {
            return Problem.NotFound("구인기업", employerId);
        }

        var wanted = request.OpeningIds!.Distinct().ToList();
        var open = await db.Openings.Where(o => wanted.Contains(o.Id) && o.EmployerId == employerId && o.Status == OpeningStatus.Open)
            .Select(o => o.Id).ToListAsync(ct);
        for (var i = 0; i < request.OpeningIds!.Count; i++)
        {
            if (!open.Contains(request.OpeningIds[i]))
            {
                errors.Add($"openingIds[{i}]", "이 기업의 모집 중인 공고가 아닙니다.");
            }
        }

        if (errors.Any)
        {
            return Problem.Invalid(errors);
        }

        var booth = await db.EventEmployers.FirstOrDefaultAsync(b => b.EventId == eventId && b.EmployerId == employerId, ct);
        var created = booth is null;
        if (booth is null)
        {
            booth = new StoredEmployer { EventId = eventId, EmployerId = employerId, JoinedAt = clock.Now() };
            db.EventEmployers.Add(booth);
        }

        booth.OpeningIds = wanted;
        booth.InterviewersPerSlot = request.InterviewersPerSlot ?? 1;
        await db.SaveChangesAsync(ct);
        return new Saved<BoothResponse>(booth.ToResponse(), created);
    }
}
