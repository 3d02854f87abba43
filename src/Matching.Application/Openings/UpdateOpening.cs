using AutoMapper;
using Matching.Application.Common;
using Matching.Infrastructure;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Openings;

public sealed class UpdateOpening(MatchingDbContext db, OpeningValidator validator, CandidateIndexWriter indexer, IMapper mapper, TimeProvider clock)
{
    public async Task<Result<OpeningResponse>> ExecuteAsync(
        Actor actor, Guid id, OpeningRequest request, long? expectedVersion, CancellationToken ct = default)
    {
        var opening = await OpeningQueries.Find(db.Openings, id, ct);
        if (opening is null)
        {
            return OpeningQueries.NotFound(id);
        }

        if (!actor.MayActFor(opening.EmployerId) || request.EmployerId is { } target && !actor.MayActFor(target))
        {
            return Problem.Forbidden("소속 기업의 채용공고만 수정할 수 있습니다.");
        }

        if (Problem.Precondition(expectedVersion, opening.Version) is { } refused)
        {
            return refused;
        }

        var errors = validator.Apply(request, opening, opening.PostedOn, clock.Today());
        if (request.EmployerId is { } employerId && employerId != opening.Employer!.Id)
        {
            opening.Employer = await db.Employers.FirstOrDefaultAsync(e => e.Id == employerId && !e.Deleted, ct);
            if (opening.Employer is null)
            {
                errors.Add("employerId", "등록되지 않은 기업입니다.");
            }
        }

        if (errors.Any)
        {
            return Problem.Invalid(errors);
        }

        opening.UpdatedAt = clock.Now();
        opening.Version++;
        if (!await db.TrySaveAsync(ct))
        {
            return Problem.Stale(await db.Openings.Where(o => o.Id == id).Select(o => o.Version).FirstAsync(ct));
        }

        indexer.Opening(opening);
        return mapper.Map<OpeningResponse>(opening);
    }
}
