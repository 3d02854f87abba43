using Matching.Application.Common;
using Matching.Infrastructure;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Seekers;

/// <summary>Withdrawal erases personal data and keeps what the statistics count; the seeker leaves the index at once.</summary>
public sealed class WithdrawSeeker(MatchingDbContext db, CandidateIndexWriter indexer, TimeProvider clock)
{
    public async Task<Result<Done>> ExecuteAsync(Guid id, CancellationToken ct = default)
    {
        var seeker = await db.Seekers.FirstOrDefaultAsync(s => s.Id == id && s.Status == ProfileStatus.Active, ct);
        if (seeker is null)
        {
            return SeekerQueries.NotFound(id);
        }

        seeker.Withdraw(clock.Now());
        await db.SaveChangesAsync(ct);
        indexer.Seeker(seeker);
        return Done.Value;
    }
}
