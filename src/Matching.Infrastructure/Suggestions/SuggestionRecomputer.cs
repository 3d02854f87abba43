using Matching.Domain.Matching;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matching.Infrastructure.Suggestions;

/// <summary>
/// Recomputes what one batch of changes can affect: the changed profiles' own lists, every list they
/// sit in, and every list within their reach that they could now enter. Nothing else is touched.
/// </summary>
public sealed class SuggestionRecomputer(
    MatchingDbContext db,
    ICandidateIndex index,
    IndexFollower follower,
    SuggestionListWriter writer,
    TimeProvider clock,
    IOptions<SuggestionOptions> options,
    ILogger<SuggestionRecomputer> logger)
{
    private int Top => options.Value.Top;

    private const int Attempts = 3;

    /// <summary>
    /// Recomputes, once each, every list the changed seekers and openings can affect. When another writer
    /// changed one of them meanwhile, the batch is read and computed again: a routine race between workers,
    /// so only after a few attempts does the consumer's retry (and its warning) take over.
    /// </summary>
    public async Task ChangedAsync(IReadOnlyCollection<Guid> seekerIds, IReadOnlyCollection<Guid> openingIds, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await RecomputeAsync(seekerIds, openingIds, ct);
                return;
            }
            catch (DbUpdateConcurrencyException e) when (attempt < Attempts)
            {
                logger.LogInformation("Recomputing {Seekers} seekers and {Openings} openings changed again: {Reason}", seekerIds.Count, openingIds.Count, e.Message);
            }
        }
    }

    private async Task RecomputeAsync(IReadOnlyCollection<Guid> seekerIds, IReadOnlyCollection<Guid> openingIds, CancellationToken ct)
    {
        var started = clock.GetTimestamp();
        await follower.CatchUpAsync(ct);
        var today = clock.Today();
        var seekers = seekerIds.Distinct().ToList();
        var openings = openingIds.Distinct().ToList();
        var reachedOpenings = new List<(Guid, double)>();
        foreach (var id in seekers)
        {
            reachedOpenings.AddRange((await index.TopOpeningsForSeekerAsync(id, options.Value.ReverseScan, today, ct) ?? []).Select(m => (m.OpeningId, m.Score)));
        }

        var reachedSeekers = new List<(Guid, double)>();
        foreach (var id in openings)
        {
            reachedSeekers.AddRange((await index.TopSeekersForOpeningAsync(id, options.Value.ReverseScan, today, ct) ?? []).Select(m => (m.SeekerId, m.Score)));
        }

        var openingLists = await AffectedAsync(SuggestionSubjects.Opening, openings, seekers, reachedOpenings, ct);
        var seekerLists = await AffectedAsync(SuggestionSubjects.Seeker, seekers, openings, reachedSeekers, ct);

        // Again after reading the stored versions: the lists are computed from an index that holds every
        // change committed before those versions, so a list another worker wrote meanwhile is never overwritten with less.
        await follower.CatchUpAsync(ct);
        var computed = new List<Recomputed>();
        foreach (var (id, stored) in seekerLists)
        {
            computed.Add(new Recomputed(SuggestionSubjects.Seeker, id, stored, await index.TopOpeningsForSeekerAsync(id, Top, today, ct) ?? []));
        }

        foreach (var (id, stored) in openingLists)
        {
            computed.Add(new Recomputed(SuggestionSubjects.Opening, id, stored, await index.TopSeekersForOpeningAsync(id, Top, today, ct) ?? []));
        }

        var changed = await writer.StoreAsync(computed, ct);

        logger.LogInformation("Recomputed {Lists} suggestion lists for {Seekers} seekers and {Openings} openings changed; {Changed} lists changed in {Elapsed:F0} ms",
            computed.Count, seekers.Count, openings.Count, changed, clock.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>
    /// The lists of one subject a batch can affect, with what is stored of each (null: never stored):
    /// the changed profiles' own, those holding a changed candidate, and those within reach that a
    /// candidate could enter (not full yet, never stored, or with a weaker last entry).
    /// </summary>
    private async Task<Dictionary<Guid, StoredList?>> AffectedAsync(
        string subject, List<Guid> own, List<Guid> changedCandidates, IEnumerable<(Guid Id, double Score)> reach, CancellationToken ct)
    {
        var reachable = reach.ToList();
        // Not DISTINCT in SQL: SQLite would then walk the key's index for the order it gives, every list of the subject
        // (MembersByCandidate); the ids are made distinct below.
        var holding = changedCandidates.Count == 0 ? [] : await db.SuggestionMembers.AsNoTracking()
            .Where(m => m.Subject == subject && changedCandidates.Contains(m.CandidateId))
            .Select(m => m.SubjectId).ToListAsync(ct);
        var ids = own.Concat(holding).Concat(reachable.Select(r => r.Id)).Distinct().ToList();
        var stored = await db.SuggestionLists.AsNoTracking()
            .Where(l => l.Subject == subject && ids.Contains(l.SubjectId))
            .Select(l => new StoredList(l.SubjectId, l.Version, l.Count, l.MinScore))
            .ToDictionaryAsync(l => l.Id, ct);

        var affected = own.Concat(holding).Distinct().ToDictionary(id => id, id => stored.GetValueOrDefault(id));
        foreach (var (id, score) in reachable)
        {
            var list = stored.GetValueOrDefault(id);
            if (list is null || list.Count < Top || score >= list.MinScore)
            {
                affected.TryAdd(id, list);
            }
        }

        return affected;
    }
}
