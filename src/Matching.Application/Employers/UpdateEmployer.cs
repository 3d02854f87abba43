using AutoMapper;
using Matching.Application.Common;
using Matching.Infrastructure;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Employers;

public sealed class UpdateEmployer(MatchingDbContext db, CandidateIndexWriter indexer, IMapper mapper, TimeProvider clock)
{
    public async Task<Result<EmployerResponse>> ExecuteAsync(Guid id, EmployerRequest request, long? expectedVersion, CancellationToken ct = default)
    {
        var employer = await db.Employers.FirstOrDefaultAsync(e => e.Id == id && !e.Deleted, ct);
        if (employer is null)
        {
            return EmployerQueries.NotFound(id);
        }

        if (Problem.Precondition(expectedVersion, employer.Version) is { } refused)
        {
            return refused;
        }

        var errors = EmployerValidator.Apply(request, employer);
        if (errors.Any)
        {
            return Problem.Invalid(errors);
        }

        if (await db.Employers.AnyAsync(e => e.BusinessNumber == employer.BusinessNumber && e.Id != id, ct))
        {
            return EmployerQueries.DuplicateBusinessNumber(employer.BusinessNumber);
        }

        employer.UpdatedAt = clock.Now();
        employer.Version++;
        if (!await db.TrySaveAsync(ct))
        {
            return Problem.Stale(await db.Employers.Where(e => e.Id == id).Select(e => e.Version).FirstAsync(ct));
        }

        // An employer's name travels with each of its openings in the index.
        await indexer.EmployerAsync(id, ct);
        return mapper.Map<EmployerResponse>(employer);
    }
}
