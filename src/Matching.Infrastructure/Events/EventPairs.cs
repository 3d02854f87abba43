using Matching.Domain.Events;
using Matching.Domain.Matching;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Infrastructure.Events;

/// <summary>Scores seekers against the openings the event's booths brought, with the same scorer as live matching.</summary>
public sealed class EventPairs(MatchingDbContext db, MatchScorer scorer, TimeProvider clock)
{
    public async Task<List<CandidatePair>> ScoreAsync(IReadOnlyCollection<Guid> seekerIds, IReadOnlyList<Store.Entities.EventEmployer> booths, CancellationToken ct)
    {
        var openingIds = booths.SelectMany(b => b.OpeningIds).Distinct().ToList();
        var openings = await db.Openings.AsNoTracking().Include(o => o.Employer)
            .Where(o => openingIds.Contains(o.Id)).ToListAsync(ct);
        var profiles = openings.Select(o => o.ToProfile()).ToList();
        var pairs = new List<CandidatePair>();
        var today = clock.Today();
        foreach (var chunk in seekerIds.Chunk(500))
        {
            var seekers = (await db.Seekers.AsNoTracking().Where(s => chunk.Contains(s.Id)).ToListAsync(ct)).Select(s => s.ToProfile()).ToList();
            scorer.ScoreAll(seekers, profiles, today, (i, j, score) => pairs.Add(new CandidatePair(seekers[i].Id, profiles[j].EmployerId, profiles[j].Id, score)));
        }

        return pairs;
    }
}
