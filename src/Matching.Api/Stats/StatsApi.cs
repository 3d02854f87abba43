using Matching.Api.Auth;
using Matching.Api.Common;
using Matching.Application.Privacy;
using Matching.Domain.Exports;
using Matching.Domain.Statistics;
using Matching.Infrastructure.Statistics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Stats;

public static class StatsApi
{
    public static IHostApplicationBuilder AddStats(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<LabourMarketQuery>();
        return builder;
    }

    public static IEndpointRouteBuilder MapStatsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/stats").WithTags("Statistics").RequireAuthorization(Policies.ManageProfiles);
        group.MapGet("/labour-market", LabourMarket);
        group.MapGet("/labour-market/year-on-year", YearOnYear);
        return app;
    }

    /// <summary><c>purpose</c>: why a CSV is taken, kept in the access records with the export.</summary>
    private static async Task<Results<Ok<LabourMarketReport>, FileContentHttpResult, ValidationProblem>> LabourMarket(
        LabourMarketQuery query, AuditTrail audit, HttpContext http, DateOnly? from, DateOnly? to, string? format, string? purpose,
        CancellationToken cancellationToken)
    {
        var errors = Validate(from, to, format, purpose);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var report = await query.ReportAsync(from!.Value, to!.Value, cancellationToken);
        return IsCsv(format)
            ? await CsvAsync(audit, http, purpose, w => LabourMarketCsv.Write(report, w), $"labour-market-{from:yyyyMMdd}-{to:yyyyMMdd}.csv")
            : TypedResults.Ok(report);
    }

    /// <summary>The period against the same dates a year earlier, with 증감 and 증감률.</summary>
    private static async Task<Results<Ok<LabourMarketComparison>, FileContentHttpResult, ValidationProblem>> YearOnYear(
        LabourMarketQuery query, AuditTrail audit, HttpContext http, DateOnly? from, DateOnly? to, string? format, string? purpose,
        CancellationToken cancellationToken)
    {
        var errors = Validate(from, to, format, purpose);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var comparison = await query.YearOnYearAsync(from!.Value, to!.Value, cancellationToken);
        return IsCsv(format)
            ? await CsvAsync(audit, http, purpose, w => LabourMarketCsv.Write(comparison, w), $"labour-market-yoy-{from:yyyyMMdd}-{to:yyyyMMdd}.csv")
            : TypedResults.Ok(comparison);
    }

    private static ValidationErrors Validate(DateOnly? from, DateOnly? to, string? format, string? purpose)
    {
        var errors = new ValidationErrors();
        // Figures name nobody, so the purpose is asked for but not required (the CLI's scheduled reports send none).
        AuditTrail.CheckPurpose(purpose, required: false, errors);
        errors.Required("from", from);
        errors.Required("to", to);
        if (from > to)
        {
            errors.Add("to", "종료일이 시작일보다 빠릅니다.");
        }

        if (format is not null && !IsCsv(format) && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("format", "json 또는 csv만 지원합니다.");
        }

        return errors;
    }

    private static bool IsCsv(string? format) => string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every export is an access record, with the purpose typed.</summary>
    private static async Task<FileContentHttpResult> CsvAsync(AuditTrail audit, HttpContext http, string? purpose, Action<TextWriter> write, string fileName)
    {
        await audit.ExportedAsync(http.Actor(), purpose, ct: http.RequestAborted);
        return TypedResults.File(CsvFile.ToBytes(write), "text/csv; charset=utf-8", fileName);
    }
}
