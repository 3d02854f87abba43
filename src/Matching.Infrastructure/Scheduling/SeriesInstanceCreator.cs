using Matching.Domain.Events;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Matching.Infrastructure.Scheduling;

public sealed record SeriesRun(int Created, int Existing, int OnHolidays);

/// <summary>
/// For each active series, the instances starting in (now, now + CreateAheadDays] that are not on a
/// public holiday and not there yet. Instances whose time has passed are never created.
/// </summary>
public sealed class SeriesInstanceCreator(MatchingDbContext db, TimeProvider clock, ILogger<SeriesInstanceCreator> logger)
{
    public async Task<SeriesRun> CreateDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var series = await db.EventSeries.AsNoTracking().Where(s => s.Active).ToListAsync(cancellationToken);
        if (series.Count == 0)
        {
            return new SeriesRun(0, 0, 0);
        }

        var today = clock.Today();
        var lastDay = today.AddDays(series.Max(s => s.CreateAheadDays) + 1);
        var holidays = (await db.PublicHolidays.AsNoTracking()
            .Where(h => h.Date >= today && h.Date <= lastDay)
            .Select(h => h.Date)
            .ToListAsync(cancellationToken)).ToHashSet();

        int created = 0, existing = 0, onHolidays = 0;
        foreach (var one in series)
        {
            if (!SeriesSchedule.TryParse(one.Schedule, out var cron))
            {
                logger.LogWarning("Series {SeriesId} has a schedule Quartz cannot read: {Schedule}", one.Id, one.Schedule);
                continue;
            }

            var until = now.AddDays(one.CreateAheadDays);
            var wanted = SeriesSchedule.StartsBetween(cron, now, until, holidays, out var skipped);
            onHolidays += skipped;

            var there = (await db.Events.AsNoTracking().Where(e => e.SeriesId == one.Id).Select(e => e.StartsAt).ToListAsync(cancellationToken))
                .Select(s => s.UtcDateTime).ToHashSet();
            foreach (var startsAt in wanted)
            {
                if (there.Contains(startsAt.UtcDateTime) || !await TryInsertAsync(one, startsAt, now, cancellationToken))
                {
                    existing++;
                    continue;
                }

                created++;
                logger.LogInformation("Created {Kind} instance of series {SeriesId} starting {StartsAt:o}", one.Kind, one.Id, startsAt);
            }
        }

        return new SeriesRun(created, existing, onHolidays);
    }

    /// <summary>
    /// ON CONFLICT against the unique (SeriesId, StartsAt) index: a run racing another (a second process
    /// on the same SQLite file) loses quietly instead of raising and logging a failed save.
    /// </summary>
    private async Task<bool> TryInsertAsync(EventSeries series, DateTimeOffset startsAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Written as the entity mapping writes them: the event's times as epoch milliseconds, other instants in UTC, enums by name.
        var id = Guid.CreateVersion7();
        var start = startsAt.ToUnixTimeMilliseconds();
        var end = startsAt.AddMinutes(series.DurationMinutes).ToUnixTimeMilliseconds();
        var created = now.ToUniversalTime();
        var kind = series.Kind.ToString();
        var status = nameof(EventStatus.Scheduled);
        var prematch = nameof(PrematchStatus.None);
        var rows = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "Events" ("Id", "Version", "Kind", "Title", "StartsAt", "EndsAt", "Venue", "SlotMinutes", "SeriesId", "Status", "PrematchStatus", "CreatedAt")
            VALUES ({id}, {1L}, {kind}, {series.Title}, {start}, {end}, {series.Venue}, {series.SlotMinutes}, {series.Id}, {status}, {prematch}, {created})
            ON CONFLICT ("SeriesId", "StartsAt") DO NOTHING
            """,
            cancellationToken);
        return rows == 1;
    }
}
