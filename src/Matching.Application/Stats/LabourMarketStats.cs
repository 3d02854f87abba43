using Matching.Application.Common;
using Matching.Domain.Statistics;
using Matching.Infrastructure.Statistics;

namespace Matching.Application.Stats;

/// <summary>
/// The 일자리 공시 tables of a period, and the same period a year earlier beside them. The statistics endpoints and
/// the manager's page both read through here, so a figure on the page is the figure the API gives.
/// </summary>
public sealed class LabourMarketStats(LabourMarketQuery query)
{
    public async Task<Result<LabourMarketReport>> ReportAsync(DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        if (StatsPeriod.Validate(from, to, errors) is not { } period)
        {
            return Problem.Invalid(errors);
        }

        return await query.ReportAsync(period.From, period.To, ct);
    }

    /// <summary>The period against the same dates one year earlier, with 증감 and 증감률.</summary>
    public async Task<Result<LabourMarketComparison>> YearOnYearAsync(DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        if (StatsPeriod.Validate(from, to, errors) is not { } period)
        {
            return Problem.Invalid(errors);
        }

        return await query.YearOnYearAsync(period.From, period.To, ct);
    }
}
