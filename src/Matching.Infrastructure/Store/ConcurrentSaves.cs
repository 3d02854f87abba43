using Microsoft.EntityFrameworkCore;

namespace Matching.Infrastructure.Store;

public static class ConcurrentSaves
{
    /// <summary>False when another request saved the same row first (its version moved on).</summary>
    public static async Task<bool> TrySaveAsync(this DbContext db, CancellationToken ct = default)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
