using Matching.Application.Common;
using Matching.Application.Privacy;
using Matching.Domain.Exports;
using Matching.Domain.Statistics;
using Matching.Infrastructure.Statistics;

namespace Matching.Application.Stats;

/// <param name="YearOnYear">The 전년대비 file (both years, 증감 and 증감률) instead of the period's tables alone.</param>
/// <param name="Purpose">Why the file is taken, as the person typed it; kept with the export record.</param>
public sealed record StatsExportRequest(DateOnly? From, DateOnly? To, bool YearOnYear, string? Purpose);

public sealed record CsvDownload(string FileName, byte[] Content);

/// <summary>
/// The tables as a CSV file (UTF-8 with a BOM), recorded in the access records (<see cref="AuditTrail"/>) before the
/// file is handed over: who, when, which period and why. A page asks for the purpose and refuses to go on without
/// one; the API keeps its contract of an optional <c>purpose</c>, so the scheduled reports of the CLI still run.
/// </summary>
public sealed class ExportLabourMarket(LabourMarketQuery query, AuditTrail audit)
{
    public const int PurposeMaxLength = AuditTrail.PurposeMaxLength;

    public async Task<Result<CsvDownload>> ExecuteAsync(Actor actor, StatsExportRequest request, bool purposeRequired, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        var period = StatsPeriod.Validate(request.From, request.To, errors);
        var purpose = string.IsNullOrWhiteSpace(request.Purpose) ? null : request.Purpose.Trim();
        if (purpose is null && purposeRequired)
        {
            errors.Add("purpose", "내려받는 목적을 입력하세요. 내려받기는 목적과 함께 기록됩니다.");
        }

        AuditTrail.CheckPurpose(purpose, required: false, errors);
        if (errors.Any || period is not { } p)
        {
            return Problem.Invalid(errors);
        }

        CsvDownload file;
        if (request.YearOnYear)
        {
            var comparison = await query.YearOnYearAsync(p.From, p.To, ct);
            file = new($"labour-market-yoy-{p.From:yyyyMMdd}-{p.To:yyyyMMdd}.csv", CsvFile.ToBytes(w => LabourMarketCsv.Write(comparison, w)));
        }
        else
        {
            var report = await query.ReportAsync(p.From, p.To, ct);
            file = new($"labour-market-{p.From:yyyyMMdd}-{p.To:yyyyMMdd}.csv", CsvFile.ToBytes(w => LabourMarketCsv.Write(report, w)));
        }

        // Recorded before the file leaves: an export that cannot be recorded is not handed over. The records have no
        // column for a period, so it travels with where the export came from ("page /manager/stats 2024-01-01~2024-12-31").
        await audit.ExportedAsync(actor with { Where = $"{actor.Where} {p.From:yyyy-MM-dd}~{p.To:yyyy-MM-dd}".Trim() }, purpose, ct: ct);
        return file;
    }
}
