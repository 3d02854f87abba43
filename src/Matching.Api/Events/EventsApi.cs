using System.Security.Claims;
using Matching.Api.Auth;
using Matching.Api.Common;
using Matching.Application.Events;
using Matching.Domain.Events;
using Matching.Infrastructure;
using Matching.Infrastructure.Events;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StoredEmployer = Matching.Infrastructure.Store.Entities.EventEmployer;
using StoredSeeker = Matching.Infrastructure.Store.Entities.EventSeeker;

namespace Matching.Api.Events;

/// <summary>Recruitment events (채용행사): create, list, and who takes part.</summary>
public static class EventsApi
{
    public static IHostApplicationBuilder AddEvents(this IHostApplicationBuilder builder)
    {
        builder.AddRecruitmentEvents();
        return builder;
    }

    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/events").WithTags("Events");
        group.MapPost("/", Create).RequireAuthorization(Policies.OrganiseEvents);
        group.MapGet("/", List).RequireAuthorization(Policies.AnyRole);
        group.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.AnyRole);
        group.MapPost("/{id:guid}/employers", JoinEmployer).RequireAuthorization(Policies.AnyRole);
        group.MapGet("/{id:guid}/employers", Booths).RequireAuthorization(Policies.AnyRole);
        group.MapPost("/{id:guid}/seekers", JoinSeeker).RequireAuthorization(Policies.EventStaff);
        group.MapGet("/{id:guid}/seekers", Attendees).RequireAuthorization(Policies.EventStaff);
        group.MapPrematchApi();
        group.MapEventDayApi();
        group.MapEventResultsApi();
        return app;
    }

    private static async Task<Results<Created<EventResponse>, ValidationProblem>> Create(
        EventRequest request, MatchingDbContext db, EventJobs jobs, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var now = clock.Now();
        var errors = EventValidator.Validate(request, now);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var ev = new RecruitmentEvent
        {
            Id = Guid.NewGuid(), Version = 1, Kind = request.Kind!.Value, Title = request.Title!.Trim(), Venue = request.Venue!.Trim(),
            StartsAt = request.StartsAt!.Value.ToOffset(KoreaClock.Offset), EndsAt = request.EndsAt!.Value.ToOffset(KoreaClock.Offset),
            SlotMinutes = request.SlotMinutes ?? EventValidator.DefaultSlotMinutes, Status = EventStatus.Scheduled, PrematchStatus = PrematchStatus.None,
            CreatedAt = now, CreatedBy = user.UserId(),
        };
        db.Events.Add(ev);
        await db.SaveChangesAsync(ct);
        await jobs.ScheduleReminderAsync(ev.Id, ev.StartsAt, ct);
        return TypedResults.Created($"/api/events/{ev.Id}", ev.ToResponse(0, 0));
    }

    private static async Task<Results<Ok<List<EventResponse>>, ValidationProblem>> List(
        MatchingDbContext db, DateOnly? from = null, DateOnly? to = null, string? kind = null)
    {
        var query = db.Events.AsNoTracking();
        if (kind is not null)
        {
            if (!Enum.TryParse<EventKind>(kind, ignoreCase: true, out var k) || !Enum.IsDefined(k))
            {
                var errors = new ValidationErrors();
                errors.Add("kind", $"행사 종류는 {string.Join(", ", Enum.GetNames<EventKind>())} 중 하나여야 합니다.");
                return errors.ToProblem();
            }

            query = query.Where(e => e.Kind == k);
        }

        if (from is { } f)
        {
            var start = f.At();
            query = query.Where(e => e.StartsAt >= start);
        }

        if (to is { } t)
        {
            var end = t.AddDays(1).At();
            query = query.Where(e => e.StartsAt < end);
        }

        var events = await query.OrderBy(e => e.StartsAt).Take(500).ToListAsync();
        var ids = events.Select(e => e.Id).ToList();
        var employers = await db.EventEmployers.Where(b => ids.Contains(b.EventId)).GroupBy(b => b.EventId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        var seekers = await db.EventSeekers.Where(s => ids.Contains(s.EventId)).GroupBy(s => s.EventId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        return TypedResults.Ok(events.Select(e => e.ToResponse(employers.GetValueOrDefault(e.Id), seekers.GetValueOrDefault(e.Id))).ToList());
    }

    private static async Task<Results<Ok<EventResponse>, ProblemHttpResult>> Get(Guid id, MatchingDbContext db, HttpContext http)
    {
        var (ev, problem) = await EventLookup.FindAsync(db, id, mustBeOpen: false);
        if (ev is null)
        {
            return problem!;
        }

        http.SetETag(ev.Version);
        return TypedResults.Ok(ev.ToResponse(
            await db.EventEmployers.CountAsync(b => b.EventId == id),
            await db.EventSeekers.CountAsync(s => s.EventId == id)));
    }

    /// <summary>Joining again replaces the booth's openings and interviewer count.</summary>
    private static async Task<Results<Created<BoothResponse>, Ok<BoothResponse>, ValidationProblem, ProblemHttpResult>> JoinEmployer(
        Guid id, JoinEmployerRequest request, MatchingDbContext db, TimeProvider clock, ClaimsPrincipal user)
    {
        var (ev, problem) = await EventLookup.FindAsync(db, id, mustBeOpen: true);
        if (ev is null)
        {
            return problem!;
        }

        var errors = new ValidationErrors();
        errors.Required("employerId", request.EmployerId);
        errors.Range("interviewersPerSlot", request.InterviewersPerSlot ?? 1, 1, 20);
        if (request.OpeningIds is not { Count: > 0 } openingIds)
        {
            errors.Add("openingIds", "행사에서 채용할 공고를 하나 이상 고르세요.");
        }
        else if (openingIds.Count > 20)
        {
            errors.Add("openingIds", "공고는 최대 20개까지 고를 수 있습니다.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var employerId = request.EmployerId!.Value;
        if (!user.MayActFor(employerId))
        {
            return Problems.Forbidden("소속 기업으로만 행사에 참가할 수 있습니다.");
        }

        if (!await db.Employers.AnyAsync(e => e.Id == employerId && !e.Deleted))
        {
            return Problems.NotFound("구인기업", employerId);
        }

        var wanted = request.OpeningIds!.Distinct().ToList();
        var open = await db.Openings.Where(o => wanted.Contains(o.Id) && o.EmployerId == employerId && o.Status == OpeningStatus.Open)
            .Select(o => o.Id).ToListAsync();
        for (var i = 0; i < request.OpeningIds!.Count; i++)
        {
            if (!open.Contains(request.OpeningIds[i]))
            {
                errors.Add($"openingIds[{i}]", "이 기업의 모집 중인 공고가 아닙니다.");
            }
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var booth = await db.EventEmployers.FirstOrDefaultAsync(b => b.EventId == id && b.EmployerId == employerId);
        var created = booth is null;
        if (booth is null)
        {
            booth = new StoredEmployer { EventId = id, EmployerId = employerId, JoinedAt = clock.Now() };
            db.EventEmployers.Add(booth);
        }

        booth.OpeningIds = wanted;
        booth.InterviewersPerSlot = request.InterviewersPerSlot ?? 1;
        await db.SaveChangesAsync();
        return created
            ? TypedResults.Created($"/api/events/{id}/employers", booth.ToResponse())
            : TypedResults.Ok(booth.ToResponse());
    }

    private static async Task<Results<Ok<List<BoothResponse>>, ProblemHttpResult>> Booths(Guid id, MatchingDbContext db)
    {
        var (ev, problem) = await EventLookup.FindAsync(db, id, mustBeOpen: false);
        if (ev is null)
        {
            return problem!;
        }

        var booths = await db.EventEmployers.AsNoTracking().Where(b => b.EventId == id).ToListAsync();
        return TypedResults.Ok(booths.OrderBy(b => b.JoinedAt).Select(b => b.ToResponse()).ToList());
    }

    private static async Task<Results<Created<AttendeeResponse>, Ok<AttendeeResponse>, ValidationProblem, ProblemHttpResult>> JoinSeeker(
        Guid id, JoinSeekerRequest request, MatchingDbContext db, TimeProvider clock)
    {
        var (ev, problem) = await EventLookup.FindAsync(db, id, mustBeOpen: true);
        if (ev is null)
        {
            return problem!;
        }

        var errors = new ValidationErrors();
        errors.Required("seekerId", request.SeekerId);
        errors.Range("maxInterviews", request.MaxInterviews ?? 3, 1, 10);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var seekerId = request.SeekerId!.Value;
        if (!await db.Seekers.AnyAsync(s => s.Id == seekerId && s.Status == ProfileStatus.Active))
        {
            return Problems.NotFound("구직자", seekerId);
        }

        var attendee = await db.EventSeekers.FirstOrDefaultAsync(s => s.EventId == id && s.SeekerId == seekerId);
        var created = attendee is null;
        if (attendee is null)
        {
            attendee = new StoredSeeker { EventId = id, SeekerId = seekerId, Source = AttendeeSource.Registered, JoinedAt = clock.Now() };
            db.EventSeekers.Add(attendee);
        }

        attendee.MaxInterviews = request.MaxInterviews ?? 3;
        await db.SaveChangesAsync();
        return created
            ? TypedResults.Created($"/api/events/{id}/seekers", attendee.ToResponse())
            : TypedResults.Ok(attendee.ToResponse());
    }

    /// <summary><c>format=csv</c> with a <c>purpose</c>: the attendance list, names as the caller's role may see them.</summary>
    private static async Task<Results<Ok<List<AttendeeResponse>>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Attendees(
        Guid id, MatchingDbContext db, AttendeeExport export, HttpContext http, string? format = null, string? purpose = null)
    {
        if (string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            var csv = await export.ExecuteAsync(http.Actor(), id, purpose, http.RequestAborted);
            return csv.Problem switch
            {
                null => TypedResults.File(csv.Value!, "text/csv; charset=utf-8", $"attendees-{id:N}.csv"),
                { Kind: ProblemKind.Invalid } p => p.ToValidationProblem(),
                var p => p.ToHttp(),
            };
        }

        if (format is not null && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            var errors = new ValidationErrors();
            errors.Add("format", "json 또는 csv만 지원합니다.");
            return errors.ToProblem();
        }

        var (ev, problem) = await EventLookup.FindAsync(db, id, mustBeOpen: false);
        if (ev is null)
        {
            return problem!;
        }

        var attendees = await db.EventSeekers.AsNoTracking().Where(s => s.EventId == id).ToListAsync();
        return TypedResults.Ok(attendees.OrderBy(s => s.JoinedAt).Select(s => s.ToResponse()).ToList());
    }
}
