using Matching.Application.Common;
using Matching.Application.Events;
using Matching.Infrastructure.Scheduling;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Application.Series;

public static class SeriesValidator
{
    public const int DefaultCreateAheadDays = 14;

    /// <summary>Fills <paramref name="series"/> from the request; <paramref name="now"/> decides whether the schedule still has dates ahead.</summary>
    public static ValidationErrors Apply(EventSeriesRequest r, EventSeries series, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        var slotMinutes = r.SlotMinutes ?? EventValidator.DefaultSlotMinutes;
        EventValidator.Describe(errors, r.Kind, r.Title, r.Venue, slotMinutes);
        if (errors.Required("durationMinutes", r.DurationMinutes))
        {
            errors.Range("durationMinutes", r.DurationMinutes, 1, 24 * 60);
        }

        var createAheadDays = r.CreateAheadDays ?? DefaultCreateAheadDays;
        errors.Range("createAheadDays", createAheadDays, 1, 90);
        if (r.DurationMinutes is { } duration and >= 1 && slotMinutes > duration)
        {
            errors.Add("slotMinutes", "면접 시간 단위는 행사 시간보다 길 수 없습니다.");
        }

        ValidateSchedule(r.Schedule, createAheadDays, now, errors);
        if (errors.Any)
        {
            return errors;
        }

        series.Kind = r.Kind!.Value;
        series.Title = r.Title!.Trim();
        series.Schedule = r.Schedule!.Trim();
        series.DurationMinutes = r.DurationMinutes!.Value;
        series.Venue = r.Venue!.Trim();
        series.CreateAheadDays = createAheadDays;
        series.SlotMinutes = slotMinutes;
        return errors;
    }

    private static void ValidateSchedule(string? schedule, int createAheadDays, DateTimeOffset now, ValidationErrors errors)
    {
        if (!errors.Required("schedule", schedule))
        {
            return;
        }

        if (schedule!.Trim().Length > 120)
        {
            errors.Add("schedule", SeriesSchedule.NotCron);
            return;
        }

        var problem = SeriesSchedule.Problem(schedule);
        if (problem is not null || !SeriesSchedule.TryParse(schedule, out var cron, out _))
        {
            errors.Add("schedule", problem ?? SeriesSchedule.NotCron);
            return;
        }

        if (SeriesSchedule.NextAfter(cron, now) is null)
        {
            errors.Add("schedule", "앞으로 돌아오는 일정이 없습니다.");
            return;
        }

        var ahead = SeriesSchedule.StartsBetween(cron, now, now.AddDays(Math.Clamp(createAheadDays, 1, 90)), new HashSet<DateOnly>(), out _, SeriesSchedule.MaxInstancesAhead + 1);
        if (ahead.Count > SeriesSchedule.MaxInstancesAhead)
        {
            errors.Add("schedule", $"일정이 너무 잦습니다. 미리 만드는 기간 안에 {SeriesSchedule.MaxInstancesAhead}회 이하가 되게 하세요.");
        }
    }
}
