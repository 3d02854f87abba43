using Matching.Application.Common;
using Matching.Infrastructure;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Application.Openings;

public sealed class WithdrawOpening(MatchingDbContext db, CandidateIndexWriter indexer, TimeProvider clock)
{
    public async Task<Result<Done>> ExecuteAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        var opening = await OpeningQueries.Find(db.Openings, id, ct);
        if (opening is null)
        {
            return OpeningQueries.NotFound(id);
        }

        if (!actor.MayActFor(opening.EmployerId))
        {
            return Problem.Forbidden("소속 기업의 채용공고만 삭제할 수 있습니다.");
        }

        // Kept as a row: 신규구인인원 still counts an opening that was posted and later withdrawn.
        opening.Status = OpeningStatus.Deleted;
        opening.UpdatedAt = clock.Now();
        opening.Version++;
        await db.SaveChangesAsync(ct);
        indexer.Opening(opening);
        return Done.Value;
    }
}
