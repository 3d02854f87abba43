using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;

namespace Matching.Infrastructure.Events;

/// <summary>How an event's screens name seekers: the ids asked for, each with the name its reader may see.</summary>
public delegate Task<Dictionary<Guid, string>> SeekerNaming(List<Guid> seekerIds, CancellationToken ct);

/// <summary>Seekers' names as stored (null once erased): the one read that every event screen's naming starts from.</summary>
public static class SeekerNames
{
    public static Task<Dictionary<Guid, string?>> StoredAsync(MatchingDbContext db, List<Guid> seekerIds, CancellationToken ct) =>
        db.Seekers.AsNoTracking().Where(s => seekerIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
}
