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
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);

    private int Top => options.Value.Top;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Kst).DateTime);

    public async Task SeekerChangedAsync(Guid seekerId, CancellationToken ct)
    {
        await follower.CatchUpAsync(ct);
        var today = Today;
        var changed = await StoreAsync(SuggestionSubjects.Seeker, seekerId, index.TopOpeningsForSeeker(seekerId, Top, today) ?? [], ct);

        var affected = await ListsHoldingAsync(SuggestionSubjects.Opening, seekerId, ct);
        var reach = index.TopOpeningsForSeeker(seekerId, options.Value.ReverseScan, today) ?? [];
        affected.UnionWith(await EnterableAsync(SuggestionSubjects.Opening, reach.Select(m => (m.OpeningId, m.Score)), ct));
        foreach (var openingId in affected)
        {
            changed += await StoreAsync(SuggestionSubjects.Opening, openingId, index.TopSeekersForOpening(openingId, Top, today) ?? [], ct);
        }

        logger.LogDebug("Seeker {SeekerId} changed: {Checked} lists checked, {Changed} changed", seekerId, affected.Count + 1, changed);
    }

    public async Task OpeningChangedAsync(Guid openingId, CancellationToken ct)
    {
        await follower.CatchUpAsync(ct);
        var today = Today;
        var changed = await StoreAsync(SuggestionSubjects.Opening, openingId, index.TopSeekersForOpening(openingId, Top, today) ?? [], ct);

        var affected = await ListsHoldingAsync(SuggestionSubjects.Seeker, openingId, ct);
        var reach = index.TopSeekersForOpening(openingId, options.Value.ReverseScan, today) ?? [];
        affected.UnionWith(await EnterableAsync(SuggestionSubjects.Seeker, reach.Select(m => (m.SeekerId, m.Score)), ct));
        foreach (var seekerId in affected)
        {
            changed += await StoreAsync(SuggestionSubjects.Seeker, seekerId, index.TopOpeningsForSeeker(seekerId, Top, today) ?? [], ct);
        }

        logger.LogDebug("Opening {OpeningId} changed: {Checked} lists checked, {Changed} changed", openingId, affected.Count + 1, changed);
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

    /// <summary>Stores the list when it differs from the stored one and announces it; returns 1 when it changed.</summary>
    private async Task<int> StoreAsync(string subject, Guid subjectId, IReadOnlyList<ScoredMatch> matches, CancellationToken ct)
    {
        var items = await DescribeAsync(matches, ct);
        var list = await db.SuggestionLists.FirstOrDefaultAsync(l => l.Subject == subject && l.SubjectId == subjectId, ct);
        if (list is null ? items.Count == 0 : Same(list.Items, items))
        {
            return 0;
        }

        if (list is null)
        {
            list = new SuggestionList { Subject = subject, SubjectId = subjectId };
            db.SuggestionLists.Add(list);
        }

        list.Version++;
        list.Items = items;
        list.Count = items.Count;
        list.MinScore = items.Count == 0 ? 0 : items.Min(i => i.Score);
        list.UpdatedAt = clock.GetUtcNow();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SuggestionMembers.Where(m => m.Subject == subject && m.SubjectId == subjectId).ExecuteDeleteAsync(ct);
        db.SuggestionMembers.AddRange(items.Select(i => new SuggestionMember
        {
            Subject = subject,
            SubjectId = subjectId,
            CandidateId = subject == SuggestionSubjects.Opening ? i.SeekerId : i.OpeningId,
        }));

        // A concurrent writer of the same list makes this throw; the consumer's retry recomputes.
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        await publisher.Publish(new SuggestionsUpdated(subject, subjectId, list.Version, items), ct);
        return 1;
    }

    private async Task<List<Suggestion>> DescribeAsync(IReadOnlyList<ScoredMatch> matches, CancellationToken ct)
    {
        if (matches.Count == 0)
        {
            return [];
        }

        var seekerIds = matches.Select(m => m.SeekerId).Distinct().ToList();
        var openingIds = matches.Select(m => m.OpeningId).Distinct().ToList();
        var seekers = await db.Seekers.AsNoTracking().Where(s => seekerIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.Name ?? "", ct);
        var openings = await db.Openings.AsNoTracking().Where(o => openingIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Title, EmployerName = o.Employer!.Name })
            .ToDictionaryAsync(o => o.Id, ct);
        return [.. matches
            .Where(m => seekers.ContainsKey(m.SeekerId) && openings.ContainsKey(m.OpeningId))
            .Select(m => new Suggestion(m.SeekerId, m.OpeningId, seekers[m.SeekerId],
                openings[m.OpeningId].EmployerName, openings[m.OpeningId].Title, m.Score,
                new SuggestionComponents(m.Components.Occupation, m.Components.Distance, m.Components.Wage,
                    m.Components.Conditions, m.Components.Skills, m.Components.Experience, m.Components.Education,
                    m.Components.Programme, m.Components.Freshness),
                m.Reasons, m.Widened))];
    }

    private static bool Same(List<Suggestion> a, List<Suggestion> b) =>
        JsonSerializer.Serialize(a) == JsonSerializer.Serialize(b);
}
