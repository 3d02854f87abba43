using System.Security.Claims;
using AutoMapper;
using Matching.Api.Auth;
using Matching.Api.Common;
using Matching.Domain.Referrals;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Store.Entities;
using Matching.Infrastructure.Store;
using Matching.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Matching.Api.Referrals;

public static class ReferralsApi
{
    public static IEndpointRouteBuilder MapReferralsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/referrals").WithTags("Referrals");
        group.MapPost("/", Create).RequireAuthorization(Policies.ManageProfiles);
        group.MapGet("/", List).RequireAuthorization(Policies.ManageProfiles);
        group.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.ManageOpenings);

        // Employers report interviews and outcomes for their own openings.
        group.MapPatch("/{id:guid}", Change).RequireAuthorization(Policies.ManageOpenings);
        return app;
    }

    private static async Task<Results<Created<ReferralResponse>, ValidationProblem, ProblemHttpResult>> Create(
        ReferralRequest request, MatchingDbContext db, IMapper mapper, TimeProvider clock, ClaimsPrincipal user)
    {
        var errors = new ValidationErrors();
        errors.Required("seekerId", request.SeekerId);
        errors.Required("openingId", request.OpeningId);
        errors.Length("note", request.Note, 0, 500);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var seekerId = request.SeekerId!.Value;
        var openingId = request.OpeningId!.Value;
        if (!await db.Seekers.AnyAsync(s => s.Id == seekerId && s.Status == ProfileStatus.Active))
        {
            return Problems.NotFound("구직자", seekerId);
        }

        var opening = await db.Openings.AsNoTracking().FirstOrDefaultAsync(o => o.Id == openingId && o.Status != OpeningStatus.Deleted);
        if (opening is null)
        {
            return Problems.NotFound("채용공고", openingId);
        }

        if (opening.Status != OpeningStatus.Open)
        {
            return Problems.Conflict("마감된 채용공고입니다", "모집이 끝난 공고에는 알선할 수 없습니다.");
        }

        var open = await db.Referrals.Where(r => r.SeekerId == seekerId && r.OpeningId == openingId).Select(r => r.Status).ToListAsync();
        if (open.Any(ReferralRules.IsOpen))
        {
            return Problems.Conflict("이미 알선 중입니다", "이 구직자는 이 공고에 알선되어 진행 중입니다.");
        }

        var now = clock.Now();
        var referral = new Referral
        {
            Id = Guid.NewGuid(), Version = 1, SeekerId = seekerId, OpeningId = openingId, Status = ReferralStatus.Referred,
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(), CreatedAt = now, UpdatedAt = now,
            History = [new ReferralChange(ReferralStatus.Referred, null, now, user.UserId())],
        };
        db.Referrals.Add(referral);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/referrals/{referral.Id}", mapper.Map<ReferralResponse>(referral));
    }

    private static async Task<Ok<List<ReferralResponse>>> List(
        MatchingDbContext db, IMapper mapper, Guid? seekerId = null, Guid? openingId = null, int skip = 0, int take = 50)
    {
        var query = db.Referrals.AsNoTracking();
        if (seekerId is { } s)
        {
            query = query.Where(r => r.SeekerId == s);
        }

        if (openingId is { } o)
        {
            query = query.Where(r => r.OpeningId == o);
        }

        // SQLite cannot order by a DateTimeOffset column, so the (filtered) rows are ordered here.
        var referrals = (await query.ToListAsync()).OrderByDescending(r => r.CreatedAt).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200));
        return TypedResults.Ok(mapper.Map<List<ReferralResponse>>(referrals));
    }

    private static async Task<Results<Ok<ReferralResponse>, ProblemHttpResult>> Get(
        Guid id, MatchingDbContext db, IMapper mapper, ClaimsPrincipal user, HttpContext http)
    {
        var referral = await db.Referrals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id);
        if (referral is null)
        {
            return Problems.NotFound("알선", id);
        }

        var employerId = await db.Openings.Where(o => o.Id == referral.OpeningId).Select(o => o.EmployerId).FirstAsync();
        if (!user.MayActFor(employerId))
        {
            return Problems.Forbidden("다른 기업 공고의 알선은 볼 수 없습니다.");
        }

        http.SetETag(referral.Version);
        return TypedResults.Ok(mapper.Map<ReferralResponse>(referral));
    }

    private static async Task<Results<Ok<ReferralResponse>, ValidationProblem, ProblemHttpResult>> Change(
        Guid id, ReferralChangeRequest request, MatchingDbContext db, CandidateIndexWriter indexer, IMapper mapper,
        TimeProvider clock, ClaimsPrincipal user, HttpContext http)
    {
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == id);
        if (referral is null)
        {
            return Problems.NotFound("알선", id);
        }

        var opening = await db.Openings.Include(o => o.Employer).FirstAsync(o => o.Id == referral.OpeningId);
        if (!user.MayActFor(opening.EmployerId))
        {
            return Problems.Forbidden("소속 기업 공고의 알선만 변경할 수 있습니다.");
        }

        var expected = Versioning.ExpectedVersion(http.Request, request.Version);
        if (expected is not null && expected != referral.Version)
        {
            return Versioning.Stale(referral.Version);
        }

        var errors = ReferralChangeValidator.Validate(request);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var status = request.Status!.Value;
        if (!ReferralRules.CanMove(referral.Status, status))
        {
            return Problems.Conflict("바꿀 수 없는 상태입니다", $"{referral.Status} 상태의 알선은 {status}(으)로 바꿀 수 없습니다.");
        }

        var now = clock.Now();
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
        if (status == ReferralStatus.Hired)
        {
            var hire = await ReferralHiring.HireAsync(db, referral, opening, request.HiredOn ?? clock.Today(), request.EndsOn, now, user.UserId());
            if (hire is not null)
            {
                return hire;
            }
        }
        else
        {
            referral.Move(status, reason, now, user.UserId());
        }

        if (!await db.TrySaveAsync())
        {
            return Problems.Conflict("동시에 변경되었습니다", "다른 사용자가 같은 알선이나 공고를 먼저 변경했습니다. 다시 불러와 시도하세요.");
        }

        if (status == ReferralStatus.Hired)
        {
            indexer.Opening(opening);
        }

        http.SetETag(referral.Version);
        return TypedResults.Ok(mapper.Map<ReferralResponse>(referral));
    }
}
