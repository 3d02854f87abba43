using Matching.Domain.Events;
using Matching.Domain.Matching;
using Matching.Infrastructure.Matching;

namespace Matching.Infrastructure.Events;

/// <summary>Scores seekers against the openings the event's booths brought, through the same candidate engine as live matching.</summary>
public sealed class EventPairs(ICandidateIndex index, IndexFollower follower, TimeProvider clock)
{
    public async Task<List<CandidatePair>> ScoreAsync(IReadOnlyCollection<Guid> seekerIds, IReadOnlyList<Store.Entities.EventEmployer> booths, CancellationToken ct)
    {
        // The engine first takes every change committed so far, as the live worker does before it ranks.
        await follower.CatchUpAsync(ct);
        var openingIds = booths.SelectMany(b => b.OpeningIds).Distinct().ToList();
        var scored = await index.ScorePairsAsync(seekerIds, openingIds, clock.Today(), ct);
        return [.. scored.Select(p => new CandidatePair(p.SeekerId, p.EmployerId, p.OpeningId, p.Score))];
    }
}
