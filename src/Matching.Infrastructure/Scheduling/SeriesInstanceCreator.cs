using Matching.Domain.Events;
using Matching.Infrastructure.Events;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Matching.Infrastructure.Scheduling;

public sealed record SeriesRun(int Created, int Existing, int OnHolidays);

/// <summary>
/// For one active series, the instances starting in (now, now + CreateAheadDays], and the next one in any case (see
/// <see cref="SeriesSchedule.CreatesThrough"/>), that are not on a public holiday and not there yet, each with its
/// reminder scheduled. Instances whose time has passed are never created.
/// </summary>
public sealed class SeriesInstanceCreator(MatchingDbContext db, EventJobs jobs, TimeProvider clock, ILogger<SeriesInstanceCreator> logger)
{
    public async Task<SeriesRun> CreateDueAsync(Guid seriesId, CancellationToken cancellationToken = default)
    {
        var now = clock.Now();
        var series = await db.EventSeries.AsNoTracking().FirstOrDefaultAsync(s => s.Id == seriesId, cancellationToken);
        if (series is not { Active: true })
        {
            logger.LogInformation("Series {SeriesId} is gone or inactive: nothing to create", seriesId);
            return new SeriesRun(0, 0, 0);
        }

        if (!SeriesSchedule.TryParse(series.Schedule, out var cron, out _))
        {
            logger.LogWarning("Series {SeriesId} has a schedule that cannot be read: {Schedule}", series.Id, series.Schedule);
            return new SeriesRun(0, 0, 0);
        }

        var today = clock.Today();
        var until = SeriesSchedule.CreatesThrough(cron, now, series.CreateAheadDays);
        var lastDay = DateOnly.FromDateTime(until.ToOffset(KoreaClock.Offset).DateTime).AddDays(1);
        var holidays = (await db.PublicHolidays.AsNoTracking()
            .Where(h => h.Date >= today && h.Date <= lastDay)
            .Select(h => h.Date)
            .ToListAsync(cancellationToken)).ToHashSet();
        var wanted = SeriesSchedule.StartsBetween(cron, now, until, holidays, out var onHolidays);
        // Only the window's own instances: a series' past ones grow week by week and are never wanted again.
        var there = (await db.Events.AsNoTracking().Where(e => e.SeriesId == series.Id && e.StartsAt > now && e.StartsAt <= until)
            .Select(e => e.StartsAt).ToListAsync(cancellationToken))
            .Select(s => s.UtcDateTime).ToHashSet();

        int created = 0, existing = 0;
        foreach (var startsAt in wanted)
        {
            var id = Guid.CreateVersion7();
            if (there.Contains(startsAt.UtcDateTime) || !await TryInsertAsync(id, series, startsAt, now, cancellationToken))
            {
                existing++;
                continue;
            }

            created++;
            await jobs.ScheduleReminderAsync(id, startsAt, cancellationToken);
            logger.LogInformation("Created {Kind} instance of series {SeriesId} starting {StartsAt:o}", series.Kind, series.Id, startsAt);
        }

        await db.EventSeries.Where(s => s.Id == series.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.LastRunAt, now), cancellationToken);
        return new SeriesRun(created, existing, onHolidays);
    }

    /// <summary>
    /// ON CONFLICT against the unique (SeriesId, StartsAt) index: a run racing another (a second process
    /// on the same SQLite file) loses quietly instead of raising and logging a failed save.
    /// </summary>
    private async Task<bool> TryInsertAsync(Guid id, EventSeries series, DateTimeOffset startsAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Written as the entity mapping writes them: the event's times as epoch milliseconds, other instants in UTC, enums by name.
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
