using AutoMapper;
using Matching.Application.Common;
using Matching.Infrastructure;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Employers;

/// <summary>A 구인기업 with a verified 사업자등록번호; one row per number.</summary>
public sealed class RegisterEmployer(MatchingDbContext db, IMapper mapper, TimeProvider clock)
{
    public async Task<Result<EmployerResponse>> ExecuteAsync(EmployerRequest request, CancellationToken ct = default)
    {
        var now = clock.Now();
        var employer = new Employer { Id = Guid.NewGuid(), Version = 1, CreatedAt = now, UpdatedAt = now };
        var errors = EmployerValidator.Apply(request, employer);
        if (errors.Any)
        {
            return Problem.Invalid(errors);
        }

        if (await db.Employers.AnyAsync(e => e.BusinessNumber == employer.BusinessNumber, ct))
        {
            return EmployerQueries.DuplicateBusinessNumber(employer.BusinessNumber);
        }

        db.Employers.Add(employer);
        await db.SaveChangesAsync(ct);
        return mapper.Map<EmployerResponse>(employer);
    }
}
