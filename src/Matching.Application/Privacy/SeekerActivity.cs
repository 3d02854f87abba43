using Matching.Infrastructure;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Privacy;

/// <summary>
/// When each active seeker last did anything: registered, had their profile or a consent changed, was referred
/// (or a referral moved on), or joined or came to an event. A counsellor merely reading the profile does not
/// count. Imported seekers count from their import, so the service never erases what it has barely held.
/// </summary>
public sealed class SeekerActivity(MatchingDbContext db)
{
    private const int Batch = 1_000;

    /// <summary>Active seekers whose last activity was before <paramref name="before"/>, with that instant.</summary>
    public async Task<List<(Guid Id, DateTimeOffset LastActive)>> InactiveSinceAsync(DateTimeOffset before, CancellationToken ct)
    {
        // Every activity is on or after the registration date, so only seekers registered by then can qualify.
        var lastDay = DateOnly.FromDateTime(before.ToOffset(KoreaClock.Offset).DateTime);
        var inactive = new List<(Guid, DateTimeOffset)>();
        var after = Guid.Empty;
        while (true)
        {
            // SQLite compares no DateTimeOffset columns, so dates are filtered in the store and instants here.
            var page = await db.Seekers.AsNoTracking()
                .Where(s => s.Status == ProfileStatus.Active && s.RegisteredOn <= lastDay && s.Id.CompareTo(after) > 0)
                .OrderBy(s => s.Id).Take(Batch)
                .Select(s => new { s.Id, s.RegisteredOn, s.UpdatedAt })
                .ToListAsync(ct);
            if (page.Count == 0)
            {
                return inactive;
            }

            after = page[^1].Id;
            var last = page.ToDictionary(s => s.Id, s => Max(s.RegisteredOn.At(), s.UpdatedAt));
            var ids = page.Where(s => last[s.Id] < before).Select(s => s.Id).ToList();
            foreach (var r in await db.Referrals.AsNoTracking().Where(r => ids.Contains(r.SeekerId)).Select(r => new { r.SeekerId, r.UpdatedAt }).ToListAsync(ct))
            {
                last[r.SeekerId] = Max(last[r.SeekerId], r.UpdatedAt);
            }

            foreach (var e in await db.EventSeekers.AsNoTracking().Where(e => ids.Contains(e.SeekerId))
                         .Select(e => new { e.SeekerId, e.JoinedAt, e.CheckedInAt }).ToListAsync(ct))
            {
                last[e.SeekerId] = Max(last[e.SeekerId], e.CheckedInAt is { } c ? Max(c, e.JoinedAt) : e.JoinedAt);
            }

            inactive.AddRange(ids.Where(id => last[id] < before).Select(id => (id, last[id])));
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
