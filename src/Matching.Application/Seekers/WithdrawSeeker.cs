using Matching.Application.Common;
using Matching.Application.Privacy;
using Matching.Infrastructure;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Seekers;

/// <summary>
/// Withdrawal erases personal data and keeps what the statistics count; the seeker leaves the index at once.
/// The retention job erases inactive seekers through here too.
/// </summary>
public sealed class WithdrawSeeker(MatchingDbContext db, CandidateIndexWriter indexer, AuditTrail audit, TimeProvider clock)
{
    public const string ErasedText = "(탈퇴로 파기된 안내문)";

    public async Task<Result<Done>> ExecuteAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        var seeker = await db.Seekers.FirstOrDefaultAsync(s => s.Id == id && s.Status == ProfileStatus.Active, ct);
        if (seeker is null)
        {
            return SeekerQueries.NotFound(id);
        }

        var now = clock.Now();
        var consents = (seeker.ConsentToMatching, seeker.ConsentToShare);
        seeker.Withdraw(now);
        ConsentLedger.Stage(db, actor, seeker, consents, now);
        audit.Changed(actor, id);
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAsync(ct);
            // The messages stay (each is sent once, by its row) but lose the name they greeted and the phone they went to.
            await db.Notifications.Where(n => n.SeekerId == id)
                .ExecuteUpdateAsync(n => n.SetProperty(x => x.Recipient, (string?)null).SetProperty(x => x.Text, ErasedText), ct);
            await transaction.CommitAsync(ct);
        }

        indexer.Seeker(seeker);
        return Done.Value;
    }
}
