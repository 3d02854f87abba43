using System.Globalization;
using Matching.Api.Auth;
using Matching.Api.Common;
using Matching.Application.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Privacy;

/// <summary>The access records for admins, a seeker's consents and their own access history, and who is erased next.</summary>
public static class PrivacyApi
{
    public static IEndpointRouteBuilder MapPrivacyApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", Audit).WithTags("Privacy").RequireAuthorization(Policies.Admin);
        app.MapGet("/api/privacy/erasures", Erasures).WithTags("Privacy").RequireAuthorization(Policies.Admin);

        var seekers = app.MapGroup("/api/seekers/{id:guid}").WithTags("Privacy").RequireAuthorization(Policies.ManageProfiles);
        seekers.MapPost("/consents", Consent);
        seekers.MapGet("/consents", Consents);
        seekers.MapGet("/access-history", AccessHistory);
        return app;
    }

    /// <summary>Newest first; the total is in <c>X-Total-Count</c>. <c>from</c> and <c>to</c> are Korean calendar days, both included.</summary>
    private static async Task<Results<Ok<IReadOnlyList<AuditEntry>>, ValidationProblem>> Audit(
        AuditQueries queries, HttpContext http, Guid? subjectId = null, Guid? actorId = null, DateOnly? from = null, DateOnly? to = null,
        int skip = 0, int take = 100)
    {
        if (from > to)
        {
            var errors = new ValidationErrors();
            errors.Add("to", "종료일이 시작일보다 빠릅니다.");
            return errors.ToProblem();
        }

        var page = await queries.SearchAsync(subjectId, actorId, from, to, skip, take, http.RequestAborted);
        http.Response.Headers["X-Total-Count"] = page.Total.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Ok(page.Items);
    }

    /// <summary>Next month's erasures unless <c>year</c> and <c>month</c> name another.</summary>
    private static async Task<Results<Ok<ErasureReport>, ValidationProblem, ProblemHttpResult>> Erasures(
        RetentionReport report, HttpContext http, int? year = null, int? month = null) =>
        (await report.ExecuteAsync(http.Actor(), year, month, http.RequestAborted)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Created<ConsentResponse>, ValidationProblem, ProblemHttpResult>> Consent(
        Guid id, ConsentRequest request, RecordConsent record, HttpContext http) =>
        (await record.ExecuteAsync(http.Actor(), id, request, http.RequestAborted))
        .ToHttp(consent => TypedResults.Created($"/api/seekers/{id}/consents", consent));

    private static async Task<Results<Ok<IReadOnlyList<ConsentResponse>>, ValidationProblem, ProblemHttpResult>> Consents(
        Guid id, ConsentQueries queries, HttpContext http) =>
        (await queries.HistoryAsync(http.Actor(), id, http.RequestAborted)).ToHttp(TypedResults.Ok);

    /// <summary>열람 청구: every access to the seeker's data, oldest first, for the counsellor to print.</summary>
    private static async Task<Results<Ok<AccessHistory>, ValidationProblem, ProblemHttpResult>> AccessHistory(
        Guid id, AuditQueries queries, HttpContext http) =>
        (await queries.AccessHistoryAsync(http.Actor(), id, http.RequestAborted)).ToHttp(TypedResults.Ok);
}
