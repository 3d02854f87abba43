using System.Text.Json;
using MassTransit;
using Matching.Contracts;
using Matching.Domain.Matching;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matching.Infrastructure.Suggestions;

/// <summary>
/// Recomputes what one change can affect: the changed profile's own list, every list it sits in,
/// and every list within its reach that it could now enter. Nothing else is touched.
/// </summary>
public sealed class SuggestionRecomputer(
    MatchingDbContext db,
    ICandidateIndex index,
    IndexFollower follower,
    IPublishEndpoint publisher,
    TimeProvider clock,
    IOptions<SuggestionOptions> options,
    ILogger<SuggestionRecomputer> logger)
{
    private int Top => options.Value.Top;

    private DateOnly Today => clock.Today();

    /// <summary>Recomputes, once each, every list the changed seekers and openings can affect.</summary>
    public async Task ChangedAsync(IReadOnlyCollection<Guid> seekerIds, IReadOnlyCollection<Guid> openingIds, CancellationToken ct)
    {
        await follower.CatchUpAsync(ct);
        var today = Today;
        var seekerLists = new HashSet<Guid>(seekerIds);
        var openingLists = new HashSet<Guid>(openingIds);
        foreach (var seekerId in seekerIds.Distinct())
        {
            openingLists.UnionWith(await ListsHoldingAsync(SuggestionSubjects.Opening, seekerId, ct));
            var reach = index.TopOpeningsForSeeker(seekerId, options.Value.ReverseScan, today) ?? [];
            openingLists.UnionWith(await EnterableAsync(SuggestionSubjects.Opening, reach.Select(m => (m.OpeningId, m.Score)), ct));
        }

        foreach (var openingId in openingIds.Distinct())
        {
            seekerLists.UnionWith(await ListsHoldingAsync(SuggestionSubjects.Seeker, openingId, ct));
            var reach = index.TopSeekersForOpening(openingId, options.Value.ReverseScan, today) ?? [];
            seekerLists.UnionWith(await EnterableAsync(SuggestionSubjects.Seeker, reach.Select(m => (m.SeekerId, m.Score)), ct));
        }

        var computed = seekerLists.Select(id => (SuggestionSubjects.Seeker, id, index.TopOpeningsForSeeker(id, Top, today) ?? []))
            .Concat(openingLists.Select(id => (SuggestionSubjects.Opening, id, index.TopSeekersForOpening(id, Top, today) ?? [])))
            .ToList();
        var changed = await StoreAsync(computed, ct);

        logger.LogInformation("Recomputed {Lists} suggestion lists for {Seekers} seekers and {Openings} openings changed; {Changed} lists changed",
            seekerLists.Count + openingLists.Count, seekerIds.Count, openingIds.Count, changed);
    }

    private async Task<HashSet<Guid>> ListsHoldingAsync(string subject, Guid candidateId, CancellationToken ct) =>
        [.. await db.SuggestionMembers.AsNoTracking()
            .Where(m => m.Subject == subject && m.CandidateId == candidateId)
            .Select(m => m.SubjectId).ToListAsync(ct)];

    /// <summary>Lists the candidate could enter: not full yet, never computed, or with a weaker last entry.</summary>
    private async Task<IEnumerable<Guid>> EnterableAsync(string subject, IEnumerable<(Guid Id, double Score)> reach, CancellationToken ct)
    {
        var candidates = reach.ToList();
        var ids = candidates.Select(c => c.Id).ToList();
        var lists = await db.SuggestionLists.AsNoTracking()
            .Where(l => l.Subject == subject && ids.Contains(l.SubjectId))
            .Select(l => new { l.SubjectId, l.Count, l.MinScore })
            .ToDictionaryAsync(l => l.SubjectId, ct);
        return candidates
            .Where(c => !lists.TryGetValue(c.Id, out var list) || list.Count < Top || c.Score >= list.MinScore)
            .Select(c => c.Id);
    }

    /// <summary>
    /// Stores the lists that differ from the stored ones, in one transaction, then announces each;
    /// returns how many changed. A concurrent writer of one of them makes the save fail on its version,
    /// and the consumer's retry recomputes the batch.
    /// </summary>
    private async Task<int> StoreAsync(List<(string Subject, Guid Id, IReadOnlyList<ScoredMatch> Matches)> computed, CancellationToken ct)
    {
        var names = await NamesAsync(computed.SelectMany(c => c.Matches).ToList(), ct);
        var updates = new List<SuggestionList>();
        foreach (var subject in new[] { SuggestionSubjects.Seeker, SuggestionSubjects.Opening })
        {
            var ids = computed.Where(c => c.Subject == subject).Select(c => c.Id).ToList();
            var stored = await db.SuggestionLists.Where(l => l.Subject == subject && ids.Contains(l.SubjectId))
                .ToDictionaryAsync(l => l.SubjectId, ct);
            foreach (var (_, id, matches) in computed.Where(c => c.Subject == subject))
            {
                var items = matches.Where(names.Knows).Select(names.Describe).ToList();
                stored.TryGetValue(id, out var list);
                if (list is null ? items.Count == 0 : Same(list.Items, items))
                {
                    continue;
                }

                if (list is null)
                {
                    list = new SuggestionList { Subject = subject, SubjectId = id };
                    db.SuggestionLists.Add(list);
                }

                list.Version++;
                list.Items = items;
                list.Count = items.Count;
                list.MinScore = items.Count == 0 ? 0 : items.Min(i => i.Score);
                list.UpdatedAt = clock.GetUtcNow();
                updates.Add(list);
            }
        }

        if (updates.Count == 0)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var subject in new[] { SuggestionSubjects.Seeker, SuggestionSubjects.Opening })
        {
            var ids = updates.Where(l => l.Subject == subject).Select(l => l.SubjectId).ToList();
            await db.SuggestionMembers.Where(m => m.Subject == subject && ids.Contains(m.SubjectId)).ExecuteDeleteAsync(ct);
        }

        db.SuggestionMembers.AddRange(updates.SelectMany(l => l.Items.Select(i => new SuggestionMember
        {
            Subject = l.Subject,
            SubjectId = l.SubjectId,
            CandidateId = l.Subject == SuggestionSubjects.Opening ? i.SeekerId : i.OpeningId,
        })));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();

        await publisher.PublishBatch(updates.Select(l => new SuggestionsUpdated(l.Subject, l.SubjectId, l.Version, l.Items)), ct);
        return updates.Count;
    }

    /// <summary>The names either side's screen shows, looked up once for the whole batch.</summary>
    private async Task<Names> NamesAsync(IReadOnlyList<ScoredMatch> matches, CancellationToken ct)
    {
        var seekerIds = matches.Select(m => m.SeekerId).Distinct().ToList();
        var openingIds = matches.Select(m => m.OpeningId).Distinct().ToList();
        var seekers = await db.Seekers.AsNoTracking().Where(s => seekerIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.Name ?? "", ct);
        var openings = await db.Openings.AsNoTracking().Where(o => openingIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Title, EmployerName = o.Employer!.Name })
            .ToDictionaryAsync(o => o.Id, o => (o.Title, o.EmployerName), ct);
        return new Names(seekers, openings);
    }

    private sealed record Names(Dictionary<Guid, string> Seekers, Dictionary<Guid, (string Title, string EmployerName)> Openings)
    {
        public bool Knows(ScoredMatch m) => Seekers.ContainsKey(m.SeekerId) && Openings.ContainsKey(m.OpeningId);

        public Suggestion Describe(ScoredMatch m) => new(
            m.SeekerId, m.OpeningId, Seekers[m.SeekerId], Openings[m.OpeningId].EmployerName, Openings[m.OpeningId].Title, m.Score,
            new SuggestionComponents(m.Components.Occupation, m.Components.Distance, m.Components.Wage, m.Components.Conditions,
                m.Components.Skills, m.Components.Experience, m.Components.Education, m.Components.Programme, m.Components.Freshness),
            m.Reasons, m.Widened);
    }

    private static bool Same(List<Suggestion> a, List<Suggestion> b) =>
        JsonSerializer.Serialize(a) == JsonSerializer.Serialize(b);
}
