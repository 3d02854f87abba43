using System.Security.Claims;
using AutoMapper;
using Matching.Api.Auth;
using Matching.Api.Common;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Store.Entities;
using Matching.Infrastructure.Store;
using Matching.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Matching.Api.Employers;

public static class EmployersApi
{
    public static IEndpointRouteBuilder MapEmployersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/employers").WithTags("Employers");

        group.MapPost("/", Create).RequireAuthorization(Policies.ManageProfiles);
        group.MapGet("/", List).RequireAuthorization(Policies.ManageProfiles);
        group.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.ReadEmployers);
        group.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.ManageProfiles);
        group.MapDelete("/{id:guid}", Delete).RequireAuthorization(Policies.ManageProfiles);
        return app;
    }

    private static async Task<Results<Created<EmployerResponse>, ValidationProblem, ProblemHttpResult>> Create(
        EmployerRequest request, MatchingDbContext db, IMapper mapper, TimeProvider clock, HttpContext http)
    {
        var now = clock.Now();
        var employer = new Employer { Id = Guid.NewGuid(), Version = 1, CreatedAt = now, UpdatedAt = now };
        var errors = EmployerValidator.Apply(request, employer);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await db.Employers.AnyAsync(e => e.BusinessNumber == employer.BusinessNumber))
        {
            return DuplicateBusinessNumber(employer.BusinessNumber);
        }

        db.Employers.Add(employer);
        await db.SaveChangesAsync();
        http.SetETag(employer.Version);
        return TypedResults.Created($"/api/employers/{employer.Id}", mapper.Map<EmployerResponse>(employer));
    }

    private static async Task<Ok<List<EmployerResponse>>> List(
        MatchingDbContext db, IMapper mapper, string? q = null, int skip = 0, int take = 50)
    {
        var query = db.Employers.AsNoTracking().Where(e => !e.Deleted);
        if (!string.IsNullOrWhiteSpace(q))
        {
            query = query.Where(e => e.Name.Contains(q.Trim()) || e.BusinessNumber.Contains(q.Trim()));
        }

        var employers = await query.OrderBy(e => e.Name).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200)).ToListAsync();
        return TypedResults.Ok(mapper.Map<List<EmployerResponse>>(employers));
    }

    private static async Task<Results<Ok<EmployerResponse>, ProblemHttpResult>> Get(
        Guid id, MatchingDbContext db, IMapper mapper, ClaimsPrincipal user, HttpContext http)
    {
        if (!user.MayActFor(id))
        {
            return Problems.Forbidden("다른 기업의 정보는 볼 수 없습니다.");
        }

        var employer = await db.Employers.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && !e.Deleted);
        if (employer is null)
        {
            return Problems.NotFound("기업", id);
        }

        http.SetETag(employer.Version);
        return TypedResults.Ok(mapper.Map<EmployerResponse>(employer));
    }

    private static async Task<Results<Ok<EmployerResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, EmployerRequest request, MatchingDbContext db, CandidateIndexWriter indexer, IMapper mapper, TimeProvider clock, HttpContext http)
    {
        var employer = await db.Employers.FirstOrDefaultAsync(e => e.Id == id && !e.Deleted);
        if (employer is null)
        {
            return Problems.NotFound("기업", id);
        }

        if (Versioning.Precondition(http.Request, request.Version, employer.Version) is { } refused)
        {
            return refused;
        }

        var errors = EmployerValidator.Apply(request, employer);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await db.Employers.AnyAsync(e => e.BusinessNumber == employer.BusinessNumber && e.Id != id))
        {
            return DuplicateBusinessNumber(employer.BusinessNumber);
        }

        employer.UpdatedAt = clock.Now();
        employer.Version++;
        if (!await db.TrySaveAsync())
        {
            return Versioning.Stale(await db.Employers.Where(e => e.Id == id).Select(e => e.Version).FirstAsync());
        }

        await indexer.EmployerAsync(id);

        http.SetETag(employer.Version);
        return TypedResults.Ok(mapper.Map<EmployerResponse>(employer));
    }

    /// <summary>An employer leaves with its openings; rows stay for the statistics.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, MatchingDbContext db, CandidateIndexWriter indexer, TimeProvider clock)
    {
        var employer = await db.Employers.FirstOrDefaultAsync(e => e.Id == id && !e.Deleted);
        if (employer is null)
        {
            return Problems.NotFound("기업", id);
        }

        var now = clock.Now();
        employer.Deleted = true;
        employer.UpdatedAt = now;
        employer.Version++;
        foreach (var opening in await db.Openings.Where(o => o.EmployerId == id && o.Status != OpeningStatus.Deleted).ToListAsync())
        {
            opening.Status = OpeningStatus.Deleted;
            opening.UpdatedAt = now;
            opening.Version++;
        }

        await db.SaveChangesAsync();
        await indexer.EmployerAsync(id);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult DuplicateBusinessNumber(string businessNumber) => Problems.Conflict(
        "이미 등록된 기업입니다", $"사업자등록번호 {businessNumber}로 등록된 기업이 있습니다. 기존 기업 정보를 수정하세요.");
}
