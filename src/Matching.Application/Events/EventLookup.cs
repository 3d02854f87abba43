using Matching.Application.Common;
using Matching.Application.Privacy;
using Matching.Domain.Events;
using Matching.Infrastructure.Events;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Events;

/// <summary>What every event use case starts with, and the one place that decides how a seeker is named to a caller.</summary>
internal static class EventLookup
{
    /// <summary>The event, or the 404 (unknown) / 409 (closed, when <paramref name="mustBeOpen"/>) to answer instead.</summary>
    public static async Task<Result<RecruitmentEvent>> FindAsync(MatchingDbContext db, Guid id, bool mustBeOpen, CancellationToken ct = default)
    {
        var ev = await db.Events.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (ev is null)
        {
            return Problem.NotFound("채용행사", id);
        }

        if (mustBeOpen && ev.Status == EventStatus.Closed)
        {
            return Problem.Conflict("종료된 행사입니다", $"행사 「{ev.Title}」은(는) {ev.ClosedAt:yyyy-MM-dd HH:mm}에 종료되어 더 바꿀 수 없습니다.");
        }

        return ev;
    }

    /// <summary>
    /// The seekers' names as <paramref name="actor"/> may see them (in full, masked or anonymised); names shown
    /// in full are recorded as read before they leave.
    /// </summary>
    public static async Task<Dictionary<Guid, string>> SeekerNamesAsync(
        MatchingDbContext db, AuditTrail audit, Actor actor, IEnumerable<Guid> ids, CancellationToken ct = default)
    {
        var list = ids.Distinct().ToList();
        var names = actor.SeekerView == SeekerView.Anonymous
            ? list.ToDictionary(id => id, _ => (string?)null)
            : await SeekerNames.StoredAsync(db, list, ct);
        await audit.ShownAsync(actor, names.Where(n => n.Value is not null).Select(n => n.Key), ct);

        return list.ToDictionary(id => id, id => actor.Name(id, names.GetValueOrDefault(id)));
    }
}
