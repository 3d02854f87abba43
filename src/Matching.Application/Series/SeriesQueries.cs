using AutoMapper;
using Matching.Application.Common;
using Matching.Domain.Events;
using Matching.Infrastructure;
using Matching.Infrastructure.Scheduling;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Series;

public enum OccurrenceState
{
    /// <summary>The instance exists (it may since have become a holiday: instances already created stay).</summary>
    Created,

    /// <summary>Not created yet: the series' job creates it <c>createAheadDays</c> before it starts, or at the start before it.</summary>
    Planned,

    /// <summary>On a public holiday: no instance will be created.</summary>
    Skipped,
}

/// <summary>
/// One start of a series ahead; <c>HolidayName</c> is set when it falls on a public holiday. A planned start has
/// <c>CreatedByRun</c>: the run of the series' job that will create it, or null when none will (see <see cref="SeriesQueries.CreatingRun"/>).
/// </summary>
public sealed record SeriesOccurrence(DateTimeOffset StartsAt, OccurrenceState State, Guid? EventId, string? HolidayName, DateTimeOffset? CreatedByRun = null);

/// <summary>
/// A series as the organiser's page shows it: the schedule in words (null when it has none plainly, e.g. steps),
/// its next starts, and the public holidays of the coming year it skips.
/// </summary>
public sealed record SeriesOverview(EventSeriesResponse Series, string? ScheduleWords, IReadOnlyList<SeriesOccurrence> Next,
    IReadOnlyList<HolidayResponse> SkippedHolidays, DateTimeOffset? LastRunAt);

public sealed class SeriesQueries(MatchingDbContext db, IMapper mapper, TimeProvider clock)
{
    /// <summary>How many starts (besides skipped ones) the overview lists.</summary>
    public const int NextShown = 6;

    public async Task<List<EventSeriesResponse>> ListAsync(bool? active, CancellationToken ct = default)
    {
        var query = db.EventSeries.AsNoTracking();
        if (active is { } a)
        {
            query = query.Where(s => s.Active == a);
        }

        // Ids are time-ordered (version 7), so this is creation order; SQLite cannot sort DateTimeOffset.
        var series = await query.OrderBy(s => s.Id).ToListAsync(ct);
        return mapper.Map<List<EventSeriesResponse>>(series);
    }

    public async Task<Result<EventSeriesResponse>> GetAsync(Guid id, CancellationToken ct = default)
    {
        var series = await db.EventSeries.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        return series is null ? NotFound(id) : mapper.Map<EventSeriesResponse>(series);
    }

    /// <summary>Every active series with its next starts and the holidays of the coming year it skips.</summary>
    public async Task<List<SeriesOverview>> OverviewAsync(CancellationToken ct = default)
    {
        var now = clock.Now();
        var horizon = now.AddYears(1);
        var series = await db.EventSeries.AsNoTracking().Where(s => s.Active).OrderBy(s => s.Id).ToListAsync(ct);
        var ids = series.Select(s => s.Id).ToList();
        var instances = (await db.Events.AsNoTracking().Where(e => e.SeriesId != null && ids.Contains(e.SeriesId.Value) && e.StartsAt > now)
            .Select(e => new { e.Id, SeriesId = e.SeriesId!.Value, e.StartsAt }).ToListAsync(ct))
            .ToDictionary(e => (e.SeriesId, e.StartsAt.UtcDateTime), e => e.Id);
        var today = clock.Today();
        var last = DateOnly.FromDateTime(horizon.DateTime).AddDays(1);
        var holidays = await db.PublicHolidays.AsNoTracking().Where(h => h.Date >= today && h.Date <= last).ToDictionaryAsync(h => h.Date, h => h.Name, ct);

        var overviews = new List<SeriesOverview>();
        foreach (var s in series)
        {
            var next = new List<SeriesOccurrence>();
            var skipped = new List<HolidayResponse>();
            string? words = null;
            if (SeriesSchedule.TryParse(s.Schedule, out var cron, out var expression))
            {
                words = ScheduleWords.Describe(expression);
                // A year of starts at most; a daily series stops at the cap, which is still far beyond what the page lists.
                var at = now;
                var shown = 0;
                for (var i = 0; i < 400 && SeriesSchedule.NextAfter(cron, at) is { } start && start <= horizon; i++, at = start)
                {
                    var day = DateOnly.FromDateTime(start.DateTime);
                    var holiday = holidays.GetValueOrDefault(day);
                    var created = instances.TryGetValue((s.Id, start.UtcDateTime), out var eventId);
                    if (holiday is not null && !created)
                    {
                        skipped.Add(new HolidayResponse(day, holiday));
                    }

                    if (shown < NextShown)
                    {
                        var state = created ? OccurrenceState.Created : holiday is null ? OccurrenceState.Planned : OccurrenceState.Skipped;
                        shown += state == OccurrenceState.Skipped ? 0 : 1;
                        next.Add(new SeriesOccurrence(start, state, created ? eventId : null, holiday,
                            state == OccurrenceState.Planned ? CreatingRun(cron, start, s.CreateAheadDays, now) : null));
                    }
                }
            }

            overviews.Add(new SeriesOverview(mapper.Map<EventSeriesResponse>(s), words, next, skipped, s.LastRunAt));
        }

        return overviews;
    }

    /// <summary>
    /// The first run of the series' job from now on that creates <paramref name="start"/>: the job runs at the series'
    /// own starts and each run reaches as far as <see cref="SeriesSchedule.CreatesThrough"/> says. Null when no run
    /// before it is left (its run was missed, or it is the next start of a series made just now).
    /// </summary>
    public static DateTimeOffset? CreatingRun(Cronos.CronExpression cron, DateTimeOffset start, int createAheadDays, DateTimeOffset now)
    {
        for (var run = SeriesSchedule.NextAfter(cron, now); run is { } at && at < start; run = SeriesSchedule.NextAfter(cron, at))
        {
            if (start <= SeriesSchedule.CreatesThrough(cron, at, createAheadDays))
            {
                return at;
            }
        }

        return null;
    }

    /// <summary>
    /// What the form says under a schedule being typed: its words, or why a new series cannot have it (the same
    /// rule <see cref="CreateSeries"/> applies).
    /// </summary>
    public static (string? Words, string? Problem) Preview(string? schedule) =>
        string.IsNullOrWhiteSpace(schedule) ? (null, null)
        : SeriesSchedule.Problem(schedule) is { } problem ? (null, problem)
        : (WordsOf(schedule), null);

    /// <summary>"매주 금요일 14:00" for <c>0 14 * * FRI</c> (or <c>0 0 14 ? * FRI</c>); null when it is not a schedule or has no plain words.</summary>
    public static string? WordsOf(string? schedule) =>
        schedule is not null && SeriesSchedule.TryParse(schedule, out _, out var cron) ? ScheduleWords.Describe(cron) : null;

    internal static Problem NotFound(Guid id) => Problem.NotFound("반복 행사", id);
}
