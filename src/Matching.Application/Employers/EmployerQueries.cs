using AutoMapper;
using Matching.Application.Common;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Employers;

public sealed class EmployerQueries(MatchingDbContext db, IMapper mapper)
{
    public async Task<Result<EmployerResponse>> GetAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        if (!actor.MayActFor(id))
        {
            return Problem.Forbidden("다른 기업의 정보는 볼 수 없습니다.");
        }

        var employer = await db.Employers.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && !e.Deleted, ct);
        return employer is null ? NotFound(id) : mapper.Map<EmployerResponse>(employer);
    }

    /// <summary>By name or 사업자등록번호, one page at a time.</summary>
    public async Task<List<EmployerResponse>> SearchAsync(string? q, int skip, int take, CancellationToken ct = default)
    {
        var query = db.Employers.AsNoTracking().Where(e => !e.Deleted);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            query = query.Where(e => e.Name.Contains(text) || e.BusinessNumber.Contains(text));
        }

        var employers = await query.OrderBy(e => e.Name).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200)).ToListAsync(ct);
        return mapper.Map<List<EmployerResponse>>(employers);
    }

    internal static Problem NotFound(Guid id) => Problem.NotFound("기업", id);

    internal static Problem DuplicateBusinessNumber(string businessNumber) => Problem.Conflict(
        "이미 등록된 기업입니다", $"사업자등록번호 {businessNumber}로 등록된 기업이 있습니다. 기존 기업 정보를 수정하세요.");
}
