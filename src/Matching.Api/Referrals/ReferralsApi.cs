using Matching.Api.Auth;
using Matching.Api.Common;
using Matching.Application.Referrals;
using Microsoft.AspNetCore.Http.HttpResults;

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
        ReferralRequest request, ReferSeeker refer, HttpContext http) =>
        (await refer.ExecuteAsync(http.Actor(), request, http.RequestAborted))
        .ToHttp(referral => TypedResults.Created($"/api/referrals/{referral.Id}", referral));

    private static async Task<Ok<List<ReferralResponse>>> List(
        ReferralQueries queries, HttpContext http, Guid? seekerId = null, Guid? openingId = null, int skip = 0, int take = 50) =>
        TypedResults.Ok(await queries.ListAsync(seekerId, openingId, skip, take, http.RequestAborted));

    private static async Task<Results<Ok<ReferralResponse>, ValidationProblem, ProblemHttpResult>> Get(
        Guid id, ReferralQueries queries, HttpContext http) =>
        (await queries.GetAsync(http.Actor(), id, http.RequestAborted)).ToHttp(referral =>
        {
            http.SetETag(referral.Version);
            return TypedResults.Ok(referral);
        });

    private static async Task<Results<Ok<ReferralResponse>, ValidationProblem, ProblemHttpResult>> Change(
        Guid id, ReferralChangeRequest request, ChangeReferral change, HttpContext http) =>
        (await change.ExecuteAsync(http.Actor(), id, request, Versioning.ExpectedVersion(http.Request, request.Version), http.RequestAborted))
        .ToHttp(referral =>
        {
            http.SetETag(referral.Version);
            return TypedResults.Ok(referral);
        });
}
