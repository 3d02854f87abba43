using Matching.Application.Common;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Openings;

/// <summary>Who may read what hangs off an opening (its candidates, its referrals): staff, or its own employer.</summary>
internal static class OpeningAccess
{
    // Compiled: it runs before every match answer for an opening (see MatchStoreReads).
    private static readonly Func<MatchingDbContext, Guid, CancellationToken, Task<Guid?>> EmployerOf =
        EF.CompileAsyncQuery((MatchingDbContext db, Guid openingId, CancellationToken ct) =>
            db.Openings.Where(o => o.Id == openingId && o.Status != OpeningStatus.Deleted).Select(o => (Guid?)o.EmployerId).FirstOrDefault());

    /// <returns>Null when <paramref name="actor"/> may; otherwise the 404 or the 403 with <paramref name="forbidden"/>.</returns>
    public static async Task<Problem?> CheckAsync(MatchingDbContext db, Actor actor, Guid openingId, string forbidden, CancellationToken ct)
    {
        var employerId = await EmployerOf(db, openingId, ct);
        if (employerId is null)
        {
            return OpeningQueries.NotFound(openingId);
        }

        return actor.MayActFor(employerId.Value) ? null : Problem.Forbidden(forbidden);
    }
}
