using Matching.Api.Auth;
using Matching.Api.Common;
using Matching.Application.Matches;
using Microsoft.AspNetCore.Http.HttpResults;

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
        Guid id, MatchQueries matches, HttpContext http, int top = 20) =>
        (await matches.SeekersForOpeningAsync(http.Actor(), id, top, http.RequestAborted)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Ok<MatchList<OpeningMatch>>, ValidationProblem, ProblemHttpResult>> OpeningsForSeeker(
        Guid id, MatchQueries matches, HttpContext http, int top = 20) =>
        (await matches.OpeningsForSeekerAsync(http.Actor(), id, top, http.RequestAborted)).ToHttp(TypedResults.Ok);
}
