using Matching.Api.Common;
using Matching.Application.Series;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Series;

/// <summary>
/// The public holidays a series skips. Seeded from the shipped list on first start, then kept here:
/// a new 임시공휴일 is a PUT. A change applies to instances created from then on; ones already created stay.
/// </summary>
public static class HolidaysApi
{
    public static IEndpointRouteBuilder MapHolidaysApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/holidays").WithTags("Holidays");
        group.MapGet("/", List).RequireAuthorization(SeriesPolicies.ReadSchedules);
        group.MapPut("/{date}", Put).RequireAuthorization(SeriesPolicies.ManageSchedules);
        group.MapDelete("/{date}", Delete).RequireAuthorization(SeriesPolicies.ManageSchedules);
        return app;
    }

    private static async Task<Results<Ok<List<HolidayResponse>>, ValidationProblem, ProblemHttpResult>> List(
        HolidayQueries queries, HttpContext http, int? year = null) =>
        (await queries.ListAsync(year, http.RequestAborted)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Created<HolidayResponse>, Ok<HolidayResponse>, ValidationProblem, ProblemHttpResult>> Put(
        string date, HolidayRequest request, SaveHoliday save, HttpContext http)
    {
        var result = await save.ExecuteAsync(date, request, http.RequestAborted);
        return result.ToHttp(result.Value is { } saved ? SaveHoliday.PathOf(saved.Value.Date) : "");
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Delete(string date, RemoveHoliday remove, HttpContext http) =>
        (await remove.ExecuteAsync(date, http.RequestAborted)).ToHttp(_ => TypedResults.NoContent());
}
