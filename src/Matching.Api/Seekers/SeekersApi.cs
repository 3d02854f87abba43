using AutoMapper;
using Matching.Api.Auth;
using Matching.Api.Common;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Store.Entities;
using Matching.Infrastructure.Store;
using Matching.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Matching.Api.Seekers;

public static class SeekersApi
{
    public static IEndpointRouteBuilder MapSeekersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/seekers").WithTags("Seekers").RequireAuthorization(Policies.ManageProfiles);

        group.MapPost("/", Create);
        group.MapGet("/", List);
        group.MapGet("/{id:guid}", Get).WithName("GetSeeker");
        group.MapPut("/{id:guid}", Update);
        group.MapDelete("/{id:guid}", Withdraw);
        return app;
    }

    private static async Task<Results<Created<SeekerResponse>, ValidationProblem>> Create(
        SeekerRequest request, MatchingDbContext db, CandidateIndexWriter indexer, IMapper mapper, TimeProvider clock, HttpContext http)
    {
        var now = clock.Now();
        var seeker = new Seeker { Id = Guid.NewGuid(), Version = 1, Status = ProfileStatus.Active, CreatedAt = now, UpdatedAt = now };
        var errors = SeekerValidator.Apply(request, seeker, now.Year);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        seeker.RegisteredOn = request.RegisteredOn ?? clock.Today();
        db.Seekers.Add(seeker);
        await db.SaveChangesAsync();
        indexer.Seeker(seeker);
        http.SetETag(seeker.Version);
        return TypedResults.Created($"/api/seekers/{seeker.Id}", mapper.Map<SeekerResponse>(seeker));
    }

    private static async Task<Ok<List<SeekerSummary>>> List(
        MatchingDbContext db, IMapper mapper, string? q = null, int skip = 0, int take = 50)
    {
        var query = db.Seekers.AsNoTracking().Where(s => s.Status == ProfileStatus.Active);
        if (!string.IsNullOrWhiteSpace(q))
        {
            query = query.Where(s => s.Name!.Contains(q.Trim()));
        }

        var seekers = await query.OrderBy(s => s.Name).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200)).ToListAsync();
        return TypedResults.Ok(mapper.Map<List<SeekerSummary>>(seekers));
    }

    private static async Task<Results<Ok<SeekerResponse>, ProblemHttpResult>> Get(
        Guid id, MatchingDbContext db, IMapper mapper, HttpContext http)
    {
        var seeker = await db.Seekers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.Status == ProfileStatus.Active);
        if (seeker is null)
        {
            return NotFound(id);
        }

        http.SetETag(seeker.Version);
        return TypedResults.Ok(mapper.Map<SeekerResponse>(seeker));
    }

    private static async Task<Results<Ok<SeekerResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, SeekerRequest request, MatchingDbContext db, CandidateIndexWriter indexer, IMapper mapper, TimeProvider clock, HttpContext http)
    {
        var seeker = await db.Seekers.FirstOrDefaultAsync(s => s.Id == id && s.Status == ProfileStatus.Active);
        if (seeker is null)
        {
            return NotFound(id);
        }

        if (Versioning.Precondition(http.Request, request.Version, seeker.Version) is { } refused)
        {
            return refused;
        }

        var now = clock.Now();
        var errors = SeekerValidator.Apply(request, seeker, now.Year);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (request.RegisteredOn is { } registeredOn)
        {
            seeker.RegisteredOn = registeredOn;
        }

        seeker.UpdatedAt = now;
        seeker.Version++;
        if (!await db.TrySaveAsync())
        {
            return Versioning.Stale(await db.Seekers.Where(s => s.Id == id).Select(s => s.Version).FirstAsync());
        }

        indexer.Seeker(seeker);

        http.SetETag(seeker.Version);
        return TypedResults.Ok(mapper.Map<SeekerResponse>(seeker));
    }

    /// <summary>Withdrawal erases personal data and keeps what the statistics count.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> Withdraw(
        Guid id, MatchingDbContext db, CandidateIndexWriter indexer, TimeProvider clock)
    {
        var seeker = await db.Seekers.FirstOrDefaultAsync(s => s.Id == id && s.Status == ProfileStatus.Active);
        if (seeker is null)
        {
            return NotFound(id);
        }

        seeker.Withdraw(clock.Now());
        await db.SaveChangesAsync();
        indexer.Seeker(seeker);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult NotFound(Guid id) => Problems.NotFound("구직자", id);
}
