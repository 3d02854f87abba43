using Matching.Application.Common;
using Matching.Infrastructure.Scheduling;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Series;

/// <summary>
/// Creates a series' due instances now rather than at its next occurrence, so that holidays changed since its
/// last run shape the instances at once. The run goes to the job server; the schedule goes on as before.
/// </summary>
public sealed class RunSeriesNow(MatchingDbContext db, SeriesRecurringJobs jobs)
{
    public async Task<Result<Done>> ExecuteAsync(Guid seriesId, CancellationToken ct = default)
    {
        var series = await db.EventSeries.AsNoTracking().FirstOrDefaultAsync(s => s.Id == seriesId, ct);
        if (series is null)
        {
            return SeriesQueries.NotFound(seriesId);
        }

        if (!series.Active)
        {
            return Problem.Conflict("중지된 반복 행사입니다", "중지된 반복 행사는 새 일정을 만들지 않습니다.");
        }

        // Registering again is harmless, and puts back a job that in-memory storage lost before the reconciler ran.
        jobs.Register(series);
        jobs.RunNow(seriesId);
        return Done.Value;
    }
}
