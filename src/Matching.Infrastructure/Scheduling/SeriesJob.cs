using Microsoft.Extensions.Logging;

namespace Matching.Infrastructure.Scheduling;

/// <summary>
/// Creates one series' instances. Fired by the series' recurring job on the series' own schedule, and at once
/// when the series is created. Runs racing one another (two nodes, a make-up run) store each instance once.
/// </summary>
public sealed class SeriesJob(SeriesInstanceCreator creator, ILogger<SeriesJob> logger)
{
    public async Task RunAsync(Guid seriesId, CancellationToken ct)
    {
        var run = await creator.CreateDueAsync(seriesId, ct);
        logger.LogInformation("Series run of {SeriesId}: {Created} created, {Existing} already there, {Holidays} on holidays",
            seriesId, run.Created, run.Existing, run.OnHolidays);
    }
}
