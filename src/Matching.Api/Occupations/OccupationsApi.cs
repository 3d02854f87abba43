using Matching.Api.Auth;
using Matching.Api.Common;
using Matching.Application.Occupations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Occupations;

public static class OccupationsApi
{
    public static IEndpointRouteBuilder MapOccupationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/occupations").WithTags("Occupations").RequireAuthorization(Policies.AnyRole);

        group.MapGet("/", Results<Ok<List<OccupationDto>>, ValidationProblem> (string? q, int? level, int? limit) =>
        {
            var errors = new ValidationErrors();
            errors.Range("level", level, 1, 4);
            errors.Range("limit", limit, 1, 200);
            if (errors.Any)
            {
                return errors.ToProblem();
            }

            return TypedResults.Ok(OccupationLookup.Search(q, level, limit ?? (string.IsNullOrWhiteSpace(q) ? 200 : 20)));
        });

        group.MapGet("/{code}", Results<Ok<OccupationDetail>, ProblemHttpResult> (string code) =>
            OccupationLookup.Find(code) is { } detail
                ? TypedResults.Ok(detail)
                : TypedResults.Problem(
                    statusCode: StatusCodes.Status404NotFound,
                    title: "직종을 찾을 수 없습니다",
                    detail: $"{code}은(는) 한국고용직업분류(KECO 2018) 코드가 아닙니다."));

        return app;
    }
}
