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

namespace Matching.Api.Openings;

public static class OpeningsApi
{
    public static IHostApplicationBuilder AddOpenings(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MinimumWageOptions>().BindConfiguration(MinimumWageOptions.SectionName)
            .Validate(o => o.Hourly.Count > 0, "Matching:MinimumWage:Hourly needs at least one year.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => new Domain.Validation.MinimumWageTable(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<MinimumWageOptions>>().Value.Hourly));
        builder.Services.AddSingleton<OpeningValidator>();
        return builder;
    }

    public static IEndpointRouteBuilder MapOpeningsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/openings").WithTags("Openings");
        group.MapPost("/", Create).RequireAuthorization(Policies.ManageOpenings);
        group.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.AnyRole);
        group.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.ManageOpenings);
        group.MapDelete("/{id:guid}", Delete).RequireAuthorization(Policies.ManageOpenings);
        app.MapGet("/api/employers/{employerId:guid}/openings", ListForEmployer)
            .WithTags("Openings").RequireAuthorization(Policies.AnyRole);
        return app;
    }

    private static async Task<Results<Created<OpeningResponse>, ValidationProblem, ProblemHttpResult>> Create(
        OpeningRequest request, MatchingDbContext db, OpeningValidator validator, CandidateIndexWriter indexer, IMapper mapper,
        TimeProvider clock, ClaimsPrincipal user, HttpContext http)
    {
        if (request.EmployerId is { } employerId && !user.MayActFor(employerId))
        {
            return Problems.Forbidden("소속 기업의 채용공고만 등록할 수 있습니다.");
        }

        var now = clock.Now();
        var today = clock.Today();
        var opening = new Opening { Id = Guid.NewGuid(), Version = 1, Status = OpeningStatus.Open, CreatedAt = now, UpdatedAt = now, PostedOn = today };
        var errors = validator.Apply(request, opening, today, today);
        var employer = request.EmployerId is { } id ? await db.Employers.FirstOrDefaultAsync(e => e.Id == id && !e.Deleted) : null;
        if (request.EmployerId is not null && employer is null)
        {
            errors.Add("employerId", "등록되지 않은 기업입니다.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        opening.Employer = employer;
        db.Openings.Add(opening);
        await db.SaveChangesAsync();
        indexer.Opening(opening);
        http.SetETag(opening.Version);
        return TypedResults.Created($"/api/openings/{opening.Id}", mapper.Map<OpeningResponse>(opening));
    }

    private static async Task<Results<Ok<OpeningResponse>, ProblemHttpResult>> Get(
        Guid id, MatchingDbContext db, IMapper mapper, ClaimsPrincipal user, HttpContext http)
    {
        var opening = await Find(db.Openings.AsNoTracking(), id);
        if (opening is null)
        {
            return Problems.NotFound("채용공고", id);
        }

        if (!user.MayActFor(opening.EmployerId))
        {
            return Problems.Forbidden("다른 기업의 채용공고는 볼 수 없습니다.");
        }

        http.SetETag(opening.Version);
        return TypedResults.Ok(mapper.Map<OpeningResponse>(opening));
    }

    private static async Task<Results<Ok<List<OpeningResponse>>, ProblemHttpResult>> ListForEmployer(
        Guid employerId, MatchingDbContext db, IMapper mapper, ClaimsPrincipal user)
    {
        if (!user.MayActFor(employerId))
        {
            return Problems.Forbidden("다른 기업의 채용공고는 볼 수 없습니다.");
        }

        if (!await db.Employers.AnyAsync(e => e.Id == employerId && !e.Deleted))
        {
            return Problems.NotFound("기업", employerId);
        }

        var openings = await db.Openings.AsNoTracking().Include(o => o.Employer)
            .Where(o => o.EmployerId == employerId && o.Status != OpeningStatus.Deleted)
            .OrderByDescending(o => o.PostedOn).ThenBy(o => o.Title)
            .ToListAsync();
        return TypedResults.Ok(mapper.Map<List<OpeningResponse>>(openings));
    }

    private static async Task<Results<Ok<OpeningResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, OpeningRequest request, MatchingDbContext db, OpeningValidator validator, CandidateIndexWriter indexer, IMapper mapper,
        TimeProvider clock, ClaimsPrincipal user, HttpContext http)
    {
        var opening = await Find(db.Openings, id);
        if (opening is null)
        {
            return Problems.NotFound("채용공고", id);
        }

        if (!user.MayActFor(opening.EmployerId) || request.EmployerId is { } target && !user.MayActFor(target))
        {
            return Problems.Forbidden("소속 기업의 채용공고만 수정할 수 있습니다.");
        }

        if (Versioning.Precondition(http.Request, request.Version, opening.Version) is { } refused)
        {
            return refused;
        }

        var errors = validator.Apply(request, opening, opening.PostedOn, clock.Today());
        if (request.EmployerId is { } employerId && employerId != opening.Employer!.Id)
        {
            opening.Employer = await db.Employers.FirstOrDefaultAsync(e => e.Id == employerId && !e.Deleted);
            if (opening.Employer is null)
            {
                errors.Add("employerId", "등록되지 않은 기업입니다.");
            }
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        opening.UpdatedAt = clock.Now();
        opening.Version++;
        if (!await db.TrySaveAsync())
        {
            return Versioning.Stale(await db.Openings.Where(o => o.Id == id).Select(o => o.Version).FirstAsync());
        }

        indexer.Opening(opening);

        http.SetETag(opening.Version);
        return TypedResults.Ok(mapper.Map<OpeningResponse>(opening));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, MatchingDbContext db, CandidateIndexWriter indexer, TimeProvider clock, ClaimsPrincipal user)
    {
        var opening = await Find(db.Openings, id);
        if (opening is null)
        {
            return Problems.NotFound("채용공고", id);
        }

        if (!user.MayActFor(opening.EmployerId))
        {
            return Problems.Forbidden("소속 기업의 채용공고만 삭제할 수 있습니다.");
        }

        // Kept as a row: 신규구인인원 still counts an opening that was posted and later withdrawn.
        opening.Status = OpeningStatus.Deleted;
        opening.UpdatedAt = clock.Now();
        opening.Version++;
        await db.SaveChangesAsync();
        indexer.Opening(opening);
        return TypedResults.NoContent();
    }

    private static Task<Opening?> Find(IQueryable<Opening> openings, Guid id) =>
        openings.Include(o => o.Employer).FirstOrDefaultAsync(o => o.Id == id && o.Status != OpeningStatus.Deleted);
}
