using AutoMapper;
using Matching.Application.Common;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Openings;

public sealed class OpeningQueries(MatchingDbContext db, IMapper mapper)
{
    public async Task<Result<OpeningResponse>> GetAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        var opening = await Find(db.Openings.AsNoTracking(), id, ct);
        if (opening is null)
        {
            return NotFound(id);
        }

        if (!actor.MayActFor(opening.EmployerId))
        {
            return Problem.Forbidden("다른 기업의 채용공고는 볼 수 없습니다.");
        }

        return mapper.Map<OpeningResponse>(opening);
    }

    public async Task<Result<List<OpeningResponse>>> ForEmployerAsync(Actor actor, Guid employerId, CancellationToken ct = default)
    {
        if (!actor.MayActFor(employerId))
        {
            return Problem.Forbidden("다른 기업의 채용공고는 볼 수 없습니다.");
        }

        if (!await db.Employers.AnyAsync(e => e.Id == employerId && !e.Deleted, ct))
        {
            return Problem.NotFound("기업", employerId);
        }

        var openings = await db.Openings.AsNoTracking().Include(o => o.Employer)
            .Where(o => o.EmployerId == employerId && o.Status != OpeningStatus.Deleted)
            .OrderByDescending(o => o.PostedOn).ThenBy(o => o.Title)
            .ToListAsync(ct);
        return mapper.Map<List<OpeningResponse>>(openings);
    }

    internal static Task<Opening?> Find(IQueryable<Opening> openings, Guid id, CancellationToken ct) =>
        openings.Include(o => o.Employer).FirstOrDefaultAsync(o => o.Id == id && o.Status != OpeningStatus.Deleted, ct);

    internal static Problem NotFound(Guid id) => Problem.NotFound("채용공고", id);
}
