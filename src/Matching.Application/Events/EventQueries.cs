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
    /// <summary>Events that have not ended yet, soonest first: the organiser's coming work.</summary>
    public async Task<IReadOnlyList<EventSummary>> UpcomingAsync(int take, CancellationToken ct = default)
    {
        var now = clock.Now();
        return await db.Events.AsNoTracking().Where(e => e.EndsAt >= now).OrderBy(e => e.StartsAt).Take(Math.Clamp(take, 1, 100))
            .Select(e => new EventSummary(e.Id, e.Kind, e.Title, e.StartsAt, e.EndsAt, e.Venue, e.Status,
                db.EventEmployers.Count(b => b.EventId == e.Id), db.EventSeekers.Count(s => s.EventId == e.Id)))
            .ToListAsync(ct);
    }
}
