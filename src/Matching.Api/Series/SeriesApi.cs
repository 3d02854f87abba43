using AutoMapper;
using Matching.Api.Common;
using Matching.Infrastructure;
using Matching.Infrastructure.Scheduling;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Matching.Api.Series;

public static class SeriesApi
{
    public static IEndpointRouteBuilder MapEventSeriesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/event-series").WithTags("Event series");
        group.MapPost("/", Create).RequireAuthorization(SeriesPolicies.ManageSchedules);
        group.MapGet("/", List).RequireAuthorization(SeriesPolicies.ReadSchedules);
        group.MapGet("/{id:guid}", Get).RequireAuthorization(SeriesPolicies.ReadSchedules);
        group.MapDelete("/{id:guid}", Deactivate).RequireAuthorization(SeriesPolicies.ManageSchedules);
        return app;
    }

    private static async Task<Results<Created<EventSeriesResponse>, ValidationProblem>> Create(
        EventSeriesRequest request, MatchingDbContext db, IMapper mapper, TimeProvider clock, SeriesRecurringJobs jobs)
    {
        var now = clock.Now();
        var series = new EventSeries { Id = Guid.CreateVersion7(), Title = "", Schedule = "", Venue = "", Active = true, CreatedAt = now };
        var errors = SeriesValidator.Apply(request, series, now);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        db.EventSeries.Add(series);
        await db.SaveChangesAsync();
        // Saved first: should this node die before the job exists, the next start's reconciler registers it and runs it once.
        jobs.Register(series);
        jobs.RunNow(series.Id);
        return TypedResults.Created($"/api/event-series/{series.Id}", mapper.Map<EventSeriesResponse>(series));
    }

    private static async Task<Ok<List<EventSeriesResponse>>> List(MatchingDbContext db, IMapper mapper, bool? active = null)
    {
        var query = db.EventSeries.AsNoTracking();
        if (active is { } a)
        {
            query = query.Where(s => s.Active == a);
        }

        // Ids are time-ordered (version 7), so this is creation order; SQLite cannot sort DateTimeOffset.
        var series = await query.OrderBy(s => s.Id).ToListAsync();
        return TypedResults.Ok(mapper.Map<List<EventSeriesResponse>>(series));
    }

    private static async Task<Results<Ok<EventSeriesResponse>, ProblemHttpResult>> Get(Guid id, MatchingDbContext db, IMapper mapper)
    {
        var series = await db.EventSeries.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id);
        return series is null ? Problems.NotFound("반복 행사", id) : TypedResults.Ok(mapper.Map<EventSeriesResponse>(series));
    }

    /// <summary>Stops creating instances; the ones already created stay, with their participants.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> Deactivate(Guid id, MatchingDbContext db, SeriesRecurringJobs jobs)
    {
        var found = await db.EventSeries.Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Active, false));
        if (found == 0)
        {
            return Problems.NotFound("반복 행사", id);
        }

        // A job already fired finds the series inactive and creates nothing.
        jobs.Remove(id);
        return TypedResults.NoContent();
    }
}
