using Matching.Api.Auth;
using Matching.Application.Privacy;
using Matching.Domain.Referrals;
using Matching.Infrastructure.Events;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Matching.Api.Events;

/// <summary>After the event: close it (the close-out job does this when it ends), its counts, what was sent.</summary>
internal static class EventResultsApi
{
    public static RouteGroupBuilder MapEventResultsApi(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/close", Close).RequireAuthorization(Policies.OrganiseEvents);
        group.MapGet("/{id:guid}/results", Results).RequireAuthorization(Policies.EventStaff);
        group.MapGet("/{id:guid}/notifications", Notifications).RequireAuthorization(Policies.EventStaff);
        return group;
    }

    private static async Task<Results<Ok<EventResultsResponse>, ProblemHttpResult>> Close(
        Guid id, MatchingDbContext db, EventCloser closer, CancellationToken ct)
    {
        var (ev, problem) = await EventLookup.FindAsync(db, id, mustBeOpen: true);
        if (ev is null)
        {
            return problem!;
        }

        await closer.CloseAsync(id, ct);
        return TypedResults.Ok(await ResultsOf(db, id, ct));
    }

    private static async Task<Results<Ok<EventResultsResponse>, ProblemHttpResult>> Results(Guid id, MatchingDbContext db, CancellationToken ct)
    {
        var (ev, problem) = await EventLookup.FindAsync(db, id, mustBeOpen: false);
        return ev is null ? problem! : TypedResults.Ok(await ResultsOf(db, id, ct));
    }

    /// <summary>What was sent to seekers; an organiser reads each name and phone masked, a counsellor in full (and recorded).</summary>
    private static async Task<Ok<List<NotificationResponse>>> Notifications(
        Guid id, MatchingDbContext db, AuditTrail audit, HttpContext http, Guid? seekerId = null)
    {
        var query = db.Notifications.AsNoTracking().Where(n => n.EventId == id);
        if (seekerId is { } s)
        {
            query = query.Where(n => n.SeekerId == s);
        }

        var list = (await query.Take(5000).ToListAsync()).OrderBy(n => n.CreatedAt).ToList();
        var actor = http.Actor();
        if (actor.SeesPersonalData)
        {
            await audit.ReadAsync(actor, list.Select(n => n.SeekerId), http.RequestAborted);
            return TypedResults.Ok(list.Select(n => n.ToResponse()).ToList());
        }

        var ids = list.Select(n => n.SeekerId).Distinct().ToList();
        var names = await db.Seekers.AsNoTracking().Where(x => ids.Contains(x.Id) && x.Name != null).ToDictionaryAsync(x => x.Id, x => x.Name!);
        return TypedResults.Ok(list.Select(n => n.ToResponse() with
        {
            Text = names.TryGetValue(n.SeekerId, out var name) ? n.Text.Replace(name, actor.Name(n.SeekerId, name), StringComparison.Ordinal) : n.Text,
            Recipient = actor.Phone(n.Recipient),
        }).ToList());
    }

    /// <summary>Closed events report the counts fixed at close-out; open ones the counts so far. Hires are always current.</summary>
    private static async Task<EventResultsResponse> ResultsOf(MatchingDbContext db, Guid id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var ev = await db.Events.AsNoTracking().FirstAsync(e => e.Id == id, ct);
        var referralIds = await db.EventInterviews.Where(i => i.EventId == id && i.ReferralId != null).Select(i => i.ReferralId!.Value).ToListAsync(ct);
        var hired = await db.Referrals.CountAsync(r => referralIds.Contains(r.Id) && r.Status == ReferralStatus.Hired, ct);
        var r = ev.Results ?? EventResults.Of(
            await db.EventSeekers.AsNoTracking().Where(s => s.EventId == id).ToListAsync(ct),
            await db.EventInterviews.AsNoTracking().Where(i => i.EventId == id).ToListAsync(ct),
            referrals: 0, carriedOver: 0);
        return new EventResultsResponse(id, ev.Status, r.Registered, r.CheckedIn, r.Interviewed, r.NoShows, r.Referrals, r.CarriedOver, hired);
    }
}
