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
    public Task<Result<LabourMarketReport>> ReportAsync(DateOnly? from, DateOnly? to, CancellationToken ct = default) =>
        ForPeriodAsync(from, to, p => query.ReportAsync(p.From, p.To, ct));

    /// <summary>The period against the same dates one year earlier, with 증감 and 증감률.</summary>
    public Task<Result<LabourMarketComparison>> YearOnYearAsync(DateOnly? from, DateOnly? to, CancellationToken ct = default) =>
        ForPeriodAsync(from, to, p => query.YearOnYearAsync(p.From, p.To, ct));

    private static async Task<Result<T>> ForPeriodAsync<T>(DateOnly? from, DateOnly? to, Func<StatsPeriod, Task<T>> read)
    {
        var errors = new ValidationErrors();
        return StatsPeriod.Validate(from, to, errors) is { } period ? await read(period) : Problem.Invalid(errors);
    }
}
