using AutoMapper;
using Matching.Application.Common;
using Matching.Infrastructure;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Openings;

/// <summary>An employer (or a counsellor for one) posts an opening; a wage under the year's 최저임금 is refused.</summary>
public sealed class PostOpening(MatchingDbContext db, OpeningValidator validator, CandidateIndexWriter indexer, IMapper mapper, TimeProvider clock)
{
    public async Task<Result<OpeningResponse>> ExecuteAsync(Actor actor, OpeningRequest request, CancellationToken ct = default)
    {
        if (request.EmployerId is { } employerId && !actor.MayActFor(employerId))
        {
            return Problem.Forbidden("소속 기업의 채용공고만 등록할 수 있습니다.");
        }

        var now = clock.Now();
        var today = clock.Today();
        var opening = new Opening { Id = Guid.NewGuid(), Version = 1, Status = OpeningStatus.Open, CreatedAt = now, UpdatedAt = now, PostedOn = today };
        var errors = validator.Apply(request, opening, today, today);
        var employer = request.EmployerId is { } id ? await db.Employers.FirstOrDefaultAsync(e => e.Id == id && !e.Deleted, ct) : null;
        if (request.EmployerId is not null && employer is null)
        {
            errors.Add("employerId", "등록되지 않은 기업입니다.");
        }

        if (errors.Any)
        {
            return Problem.Invalid(errors);
        }

        opening.Employer = employer;
        db.Openings.Add(opening);
        await db.SaveChangesAsync(ct);
        indexer.Opening(opening);
        return mapper.Map<OpeningResponse>(opening);
    }
}
