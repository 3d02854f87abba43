using Matching.Application.Common;
using Matching.Infrastructure.Scheduling;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Series;

/// <summary>Stops a series creating instances; the ones already created stay, with their participants.</summary>
public sealed class DeactivateSeries(MatchingDbContext db, SeriesRecurringJobs jobs)
{
    public async Task<Result<Done>> ExecuteAsync(Guid seriesId, CancellationToken ct = default)
    {
        var found = await db.EventSeries.Where(s => s.Id == seriesId).ExecuteUpdateAsync(u => u.SetProperty(s => s.Active, false), ct);
        if (found == 0)
        {
            return SeriesQueries.NotFound(seriesId);
        }

        // A job already fired finds the series inactive and creates nothing.
        jobs.Remove(seriesId);
        return Done.Value;
    }
}
