using Hangfire;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Infrastructure.Scheduling;

/// <summary>
/// Each active series is a Hangfire recurring job on its own schedule, in Asia/Seoul, with relaxed misfire
/// handling: occurrences missed while no server ran are made up by one run, not one per occurrence.
/// </summary>
public sealed class SeriesRecurringJobs(IRecurringJobManagerV2 recurring)
{
    public const string JobIdPrefix = "series-";

    public static string JobId(Guid seriesId) => JobIdPrefix + seriesId;

    public static RecurringJobOptions Options => new() { TimeZone = SeoulTime.Zone, MisfireHandling = MisfireHandlingMode.Relaxed };

    /// <summary>Adds the series' job, or updates one whose schedule changed; false when the schedule cannot be read.</summary>
    public bool Register(EventSeries series)
    {
        if (!SeriesSchedule.TryParse(series.Schedule, out _, out var cron))
        {
            return false;
        }

        var id = series.Id;
        recurring.AddOrUpdate<SeriesJob>(JobId(id), j => j.RunAsync(id, CancellationToken.None), cron, Options);
        return true;
    }

    /// <summary>A run now, on whichever server takes it first; the schedule goes on from now.</summary>
    public void RunNow(Guid seriesId) => recurring.TriggerJob(JobId(seriesId));

    public void Remove(Guid seriesId) => recurring.RemoveIfExists(JobId(seriesId));
}
