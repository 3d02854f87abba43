using Matching.Application.Common;
using Matching.Infrastructure;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Employers;

/// <summary>An employer leaves with its openings; rows stay for the statistics.</summary>
public sealed class RemoveEmployer(MatchingDbContext db, CandidateIndexWriter indexer, TimeProvider clock)
{
    public async Task<Result<Done>> ExecuteAsync(Guid id, CancellationToken ct = default)
    {
        var employer = await db.Employers.FirstOrDefaultAsync(e => e.Id == id && !e.Deleted, ct);
        if (employer is null)
        {
            return EmployerQueries.NotFound(id);
        }

        var now = clock.Now();
        employer.Deleted = true;
        employer.UpdatedAt = now;
        employer.Version++;
        foreach (var opening in await db.Openings.Where(o => o.EmployerId == id && o.Status != OpeningStatus.Deleted).ToListAsync(ct))
        {
            opening.Status = OpeningStatus.Deleted;
            opening.UpdatedAt = now;
            opening.Version++;
        }

        await db.SaveChangesAsync(ct);
        await indexer.EmployerAsync(id, ct);
        return Done.Value;
    }
}
