using Matching.Api.Auth;
using Matching.Domain.Occupations;
using Microsoft.AspNetCore.Http.HttpResults;
using Matching.Api.Common;

namespace Matching.Api.Occupations;

public sealed record OccupationDto(string Code, int Level, string Name, string? ParentCode, string Path);

public sealed record OccupationDetail(string Code, int Level, string Name, string? ParentCode, string Path, IReadOnlyList<OccupationDto> Children);

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

            var catalog = OccupationCatalog.Keco2018;
            var items = string.IsNullOrWhiteSpace(q)
                ? catalog.All.Where(o => o.Level == (level ?? 1)).Take(limit ?? 200)
                : catalog.Search(q, level, limit ?? 20).Select(m => m.Occupation);
            return TypedResults.Ok(items.Select(ToDto).ToList());
        });

        group.MapGet("/{code}", Results<Ok<OccupationDetail>, ProblemHttpResult> (string code) =>
        {
            var catalog = OccupationCatalog.Keco2018;
            if (catalog.Find(code.Trim()) is not { } item)
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status404NotFound,
                    title: "직종을 찾을 수 없습니다",
                    detail: $"{code}은(는) 한국고용직업분류(KECO 2018) 코드가 아닙니다.");
            }

            var dto = ToDto(item);
            return TypedResults.Ok(new OccupationDetail(dto.Code, dto.Level, dto.Name, dto.ParentCode, dto.Path,
                catalog.ChildrenOf(item.Code).Select(ToDto).ToList()));
        });

        return app;
    }

    private static OccupationDto ToDto(Occupation o) => new(
        o.Code, o.Level, o.Name, o.ParentCode,
        string.Join(" > ", OccupationCatalog.Keco2018.Ancestors(o.Code).Select(a => a.Name)));
}
