using Matching.Api.Auth;
using Matching.Api.Common;
using Matching.Application.Common;
using Matching.Application.Stats;
using Matching.Domain.Statistics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Stats;

/// <summary>The 일자리 공시 tables, through the same use cases as the manager's page.</summary>
public static class StatsApi
{
    public static IEndpointRouteBuilder MapStatsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/stats").WithTags("Statistics").RequireAuthorization(Policies.ManageProfiles);
        group.MapGet("/labour-market", LabourMarket);
        group.MapGet("/labour-market/year-on-year", YearOnYear);
        return app;
    }

    /// <summary><c>purpose</c>: why a CSV is taken, recorded with the export (optional here; the page asks for it).</summary>
    private static async Task<Results<Ok<LabourMarketReport>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> LabourMarket(
        LabourMarketStats stats, ExportLabourMarket export, HttpContext http, DateOnly? from, DateOnly? to, string? format, string? purpose,
        CancellationToken cancellationToken)
    {
        if (FormatError(format) is { } error)
        {
            return error;
        }

        return IsCsv(format)
            ? Answer<LabourMarketReport>(await export.ExecuteAsync(http.Actor(), new StatsExportRequest(from, to, false, purpose), purposeRequired: false, cancellationToken))
            : Answer(await stats.ReportAsync(from, to, cancellationToken));
    }

    /// <summary>The period against the same dates a year earlier, with 증감 and 증감률.</summary>
    private static async Task<Results<Ok<LabourMarketComparison>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> YearOnYear(
        LabourMarketStats stats, ExportLabourMarket export, HttpContext http, DateOnly? from, DateOnly? to, string? format, string? purpose,
        CancellationToken cancellationToken)
    {
        if (FormatError(format) is { } error)
        {
            return error;
        }

        return IsCsv(format)
            ? Answer<LabourMarketComparison>(await export.ExecuteAsync(http.Actor(), new StatsExportRequest(from, to, true, purpose), purposeRequired: false, cancellationToken))
            : Answer(await stats.YearOnYearAsync(from, to, cancellationToken));
    }

    private static ValidationProblem? FormatError(string? format)
    {
        if (format is null || IsCsv(format) || string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var errors = new ValidationErrors();
        errors.Add("format", "json 또는 csv만 지원합니다.");
        return errors.ToProblem();
    }

    private static bool IsCsv(string? format) => string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);

    private static Results<Ok<T>, FileContentHttpResult, ValidationProblem, ProblemHttpResult> Answer<T>(Result<T> result) => result.Problem switch
    {
        null => TypedResults.Ok(result.Value!),
        { Kind: ProblemKind.Invalid } p => p.ToValidationProblem(),
        var p => p.ToHttp(),
    };

    private static Results<Ok<T>, FileContentHttpResult, ValidationProblem, ProblemHttpResult> Answer<T>(Result<CsvDownload> result) => result.Problem switch
    {
        null => TypedResults.File(result.Value!.Content, "text/csv; charset=utf-8", result.Value.FileName),
        { Kind: ProblemKind.Invalid } p => p.ToValidationProblem(),
        var p => p.ToHttp(),
    };
}
