using Matching.Application.Common;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Openings;

/// <summary>Who may read what hangs off an opening (its candidates, its referrals): staff, or its own employer.</summary>
internal static class OpeningAccess
{
    /// <returns>Null when <paramref name="actor"/> may; otherwise the 404 or the 403 with <paramref name="forbidden"/>.</returns>
    public static async Task<Problem?> CheckAsync(MatchingDbContext db, Actor actor, Guid openingId, string forbidden, CancellationToken ct)
    {
        var employerId = await PerModel<Reads>.For(db).OpeningEmployer(db, openingId, ct);
        return Check(actor, openingId, employerId, forbidden);
    }

    /// <summary>The same rule for a caller that read the opening's employer itself (null: no such opening, or deleted).</summary>
    public static Problem? Check(Actor actor, Guid openingId, Guid? employerId, string forbidden)
    {
        if (employerId is null)
        {
            return OpeningQueries.NotFound(openingId);
        }

        return actor.MayActFor(employerId.Value) ? null : Problem.Forbidden(forbidden);
    }

    /// <summary>Compiled: the match endpoint asks on every answer (see MatchStoreReads for what the LINQ form cost there).</summary>
    private sealed class Reads
    {
        /// <summary>The employer of an opening that is not deleted; null when there is none.</summary>
        public readonly Func<MatchingDbContext, Guid, CancellationToken, Task<Guid?>> OpeningEmployer =
            EF.CompileAsyncQuery((MatchingDbContext db, Guid id, CancellationToken ct) =>
                db.Openings.Where(o => o.Id == id && o.Status != OpeningStatus.Deleted).Select(o => (Guid?)o.EmployerId).FirstOrDefault());
    }
}
