using Matching.Application.Common;
using Matching.Domain.Events;
using Matching.Infrastructure;
using Matching.Infrastructure.Events;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Application.Events;

/// <summary>An organiser creates one event; its reminders are scheduled for the day before.</summary>
public sealed class CreateEvent(MatchingDbContext db, EventJobs jobs, TimeProvider clock)
{
    public async Task<Result<EventResponse>> ExecuteAsync(Actor actor, EventRequest request, CancellationToken ct = default)
    {
        var now = clock.Now();
        var errors = EventValidator.Validate(request, now);
        if (errors.Any)
        {
            return Problem.Invalid(errors);
        }

        var ev = new RecruitmentEvent
        {
            Id = Guid.NewGuid(), Version = 1, Kind = request.Kind!.Value, Title = request.Title!.Trim(), Venue = request.Venue!.Trim(),
            StartsAt = request.StartsAt!.Value.ToOffset(KoreaClock.Offset), EndsAt = request.EndsAt!.Value.ToOffset(KoreaClock.Offset),
            SlotMinutes = request.SlotMinutes ?? EventValidator.DefaultSlotMinutes, Status = EventStatus.Scheduled, PrematchStatus = PrematchStatus.None,
            CreatedAt = now, CreatedBy = actor.UserId,
        };
        db.Events.Add(ev);
        await db.SaveChangesAsync(ct);
        await jobs.ScheduleReminderAsync(ev.Id, ev.StartsAt, ct);
        return ev.ToResponse(0, 0);
    }
}
