using Matching.Application.Common;
using Matching.Domain.Events;
using Matching.Infrastructure;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Events;

/// <summary>An event as a list shows it, with how many booths and seekers have joined.</summary>
public sealed record EventSummary(Guid Id, EventKind Kind, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Venue,
    EventStatus Status, int Employers, int Seekers);

public sealed class EventQueries(MatchingDbContext db, TimeProvider clock)
{
    /// <summary>Events that have not ended yet, soonest first: the organiser's coming work, or those where <paramref name="employerId"/> has a booth.</summary>
    public async Task<IReadOnlyList<EventSummary>> UpcomingAsync(int take, Guid? employerId = null, CancellationToken ct = default)
    {
        var now = clock.Now();
        var events = db.Events.AsNoTracking().Where(e => e.EndsAt >= now);
        if (employerId is { } id)
        {
            events = events.Where(e => db.EventEmployers.Any(b => b.EventId == e.Id && b.EmployerId == id));
        }

        return await events.OrderBy(e => e.StartsAt).Take(Math.Clamp(take, 1, 100))
            .Select(e => new EventSummary(e.Id, e.Kind, e.Title, e.StartsAt, e.EndsAt, e.Venue, e.Status,
                db.EventEmployers.Count(b => b.EventId == e.Id), db.EventSeekers.Count(s => s.EventId == e.Id)))
            .ToListAsync(ct);
    }

    /// <summary>Events starting on the Korean dates <paramref name="from"/> to <paramref name="to"/>, of one kind when given; at most 500.</summary>
    public async Task<Result<List<EventResponse>>> ListAsync(DateOnly? from, DateOnly? to, string? kind, CancellationToken ct = default)
    {
        var query = db.Events.AsNoTracking();
        if (kind is not null)
        {
            if (!Enum.TryParse<EventKind>(kind, ignoreCase: true, out var k) || !Enum.IsDefined(k))
            {
                var errors = new ValidationErrors();
                errors.Add("kind", $"행사 종류는 {string.Join(", ", Enum.GetNames<EventKind>())} 중 하나여야 합니다.");
                return Problem.Invalid(errors);
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

        var events = await query.OrderBy(e => e.StartsAt).Take(500).ToListAsync(ct);
        var ids = events.Select(e => e.Id).ToList();
        var employers = await db.EventEmployers.Where(b => ids.Contains(b.EventId)).GroupBy(b => b.EventId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var seekers = await db.EventSeekers.Where(s => ids.Contains(s.EventId)).GroupBy(s => s.EventId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return events.Select(e => e.ToResponse(employers.GetValueOrDefault(e.Id), seekers.GetValueOrDefault(e.Id))).ToList();
    }

    public async Task<Result<EventResponse>> GetAsync(Guid id, CancellationToken ct = default)
    {
        var found = await EventLookup.FindAsync(db, id, mustBeOpen: false, ct);
        if (found.Value is not { } ev)
        {
            return found.Problem!;
        }

        return ev.ToResponse(
            await db.EventEmployers.CountAsync(b => b.EventId == id, ct),
            await db.EventSeekers.CountAsync(s => s.EventId == id, ct));
    }

    public async Task<Result<List<BoothResponse>>> BoothsAsync(Guid id, CancellationToken ct = default)
    {
        var found = await EventLookup.FindAsync(db, id, mustBeOpen: false, ct);
        if (!found.IsOk)
        {
            return found.Problem!;
        }

        var booths = await db.EventEmployers.AsNoTracking().Where(b => b.EventId == id).ToListAsync(ct);
        return booths.OrderBy(b => b.JoinedAt).Select(b => b.ToResponse()).ToList();
    }

    public async Task<Result<List<AttendeeResponse>>> AttendeesAsync(Guid id, CancellationToken ct = default)
    {
        var found = await EventLookup.FindAsync(db, id, mustBeOpen: false, ct);
        if (!found.IsOk)
        {
            return found.Problem!;
        }

        var attendees = await db.EventSeekers.AsNoTracking().Where(s => s.EventId == id).ToListAsync(ct);
        return attendees.OrderBy(s => s.JoinedAt).Select(s => s.ToResponse()).ToList();
    }
}
