using AutoMapper;
using Matching.Application.Common;
using Matching.Infrastructure;
using Matching.Infrastructure.Scheduling;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Application.Series;

/// <summary>An organiser sets up a recurring event: its Hangfire job is registered and run once at once, creating the first instances.</summary>
public sealed class CreateSeries(MatchingDbContext db, IMapper mapper, TimeProvider clock, SeriesRecurringJobs jobs)
{
    public async Task<Result<EventSeriesResponse>> ExecuteAsync(EventSeriesRequest request, CancellationToken ct = default)
    {
        var now = clock.Now();
        var series = new EventSeries { Id = Guid.CreateVersion7(), Title = "", Schedule = "", Venue = "", Active = true, CreatedAt = now };
        var errors = SeriesValidator.Apply(request, series, now);
        if (errors.Any)
        {
            return Problem.Invalid(errors);
        }

        db.EventSeries.Add(series);
        await db.SaveChangesAsync(ct);
        // Saved first: should this node die before the job exists, the next start's reconciler registers it and runs it once.
        jobs.Register(series);
        jobs.RunNow(series.Id);
        return mapper.Map<EventSeriesResponse>(series);
    }
}
