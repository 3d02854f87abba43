using System.Security.Claims;
using Matching.Api.Auth;
using Matching.Api.Common;
using Matching.Domain.Matching;
using Matching.Infrastructure.Store.Entities;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Suggestions;
using Matching.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Matching.Api.Matches;

public static class MatchesApi
{
    public static IEndpointRouteBuilder MapMatchesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/openings/{id:guid}/matches", SeekersForOpening).WithTags("Matches").RequireAuthorization(Policies.AnyRole);
        app.MapGet("/api/seekers/{id:guid}/matches", OpeningsForSeeker).WithTags("Matches").RequireAuthorization(Policies.ManageProfiles);
        return app;
    }

    private static async Task<Results<Ok<MatchList<SeekerMatch>>, ValidationProblem, ProblemHttpResult>> SeekersForOpening(
        Guid id, ICandidateIndex index, MatchingDbContext db, TimeProvider clock, ClaimsPrincipal user, int top = 20)
    {
        if (TopError(top) is { } error)
        {
            return error;
        }

        var employerId = await db.Openings.Where(o => o.Id == id && o.Status != OpeningStatus.Deleted)
            .Select(o => (Guid?)o.EmployerId).FirstOrDefaultAsync();
        if (employerId is null)
        {
            return Problems.NotFound("채용공고", id);
        }

        if (!user.MayActFor(employerId.Value))
        {
            return Problems.Forbidden("다른 기업의 채용공고 추천 목록은 볼 수 없습니다.");
        }

        var listVersion = await StoredVersionAsync(db, SuggestionSubjects.Opening, id);
        var matches = index.TopSeekersForOpening(id, top, clock.Today()) ?? [];
        var ids = matches.Select(m => m.SeekerId).ToList();
        // Employers see anonymised candidates until a counsellor refers them.
        var names = user.IsEmployer()
            ? ids.ToDictionary(s => s, AnonymousName.For)
            : await db.Seekers.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name ?? "");
        return TypedResults.Ok(new MatchList<SeekerMatch>(listVersion, matches
            .Where(m => names.ContainsKey(m.SeekerId))
            .Select(m => new SeekerMatch(m.SeekerId, names[m.SeekerId], m.Score, m.Components, m.Reasons, m.Widened))
            .ToList()));
    }

    private static async Task<Results<Ok<MatchList<OpeningMatch>>, ValidationProblem, ProblemHttpResult>> OpeningsForSeeker(
        Guid id, ICandidateIndex index, MatchingDbContext db, TimeProvider clock, int top = 20)
    {
        if (TopError(top) is { } error)
        {
            return error;
        }

        if (!await db.Seekers.AnyAsync(s => s.Id == id && s.Status == ProfileStatus.Active))
        {
            return Problems.NotFound("구직자", id);
        }

        var listVersion = await StoredVersionAsync(db, SuggestionSubjects.Seeker, id);
        var matches = index.TopOpeningsForSeeker(id, top, clock.Today()) ?? [];
        var ids = matches.Select(m => m.OpeningId).ToList();
        var openings = await db.Openings.Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, o.Title, EmployerName = o.Employer!.Name })
            .ToDictionaryAsync(o => o.Id);
        return TypedResults.Ok(new MatchList<OpeningMatch>(listVersion, matches
            .Where(m => openings.ContainsKey(m.OpeningId))
            .Select(m => new OpeningMatch(m.OpeningId, openings[m.OpeningId].EmployerName, openings[m.OpeningId].Title,
                m.Score, m.Components, m.Reasons, m.Widened))
            .ToList()));
    }

    /// <summary>
    /// The list is computed live; its version is the stored list's, so a client drops pushes that are
    /// not newer than what it fetched.
    /// </summary>
    private static Task<long> StoredVersionAsync(MatchingDbContext db, string subject, Guid id) =>
        db.SuggestionLists.Where(l => l.Subject == subject && l.SubjectId == id).Select(l => l.Version).FirstOrDefaultAsync();

    private static ValidationProblem? TopError(int top)
    {
        var errors = new ValidationErrors();
        errors.Range("top", top, 1, 100);
        return errors.Any ? errors.ToProblem() : null;
    }
}
