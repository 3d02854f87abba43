using Matching.Domain.Matching.TwoPhase;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Matching.Infrastructure.Matching.Elasticsearch;

/// <summary>
/// A full rebuild from the store: a new versioned index pair is filled while searches go on against the old one,
/// the aliases move onto it in one call, and the change feed since the rebuild began is replayed into it (the
/// versions make the replay harmless), so changes made during the rebuild are kept.
/// </summary>
public sealed class ElasticsearchReindexer(
    IServiceScopeFactory scopes,
    ElasticsearchCandidateIndex engine,
    IndexedProfiles documents,
    TimeProvider clock,
    ILogger<ElasticsearchReindexer> logger)
{
    private const int Page = 5_000;

    public async Task<(int Seekers, int Openings)> RebuildAsync(CancellationToken ct)
    {
        var indexes = engine.Indexes;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        // Read before the profiles, as the embedded loader does: whatever commits from here on is replayed below.
        var from = await db.OutboxMessages.AsNoTracking().OrderByDescending(m => m.Id).Select(m => m.Id).FirstOrDefaultAsync(ct);
        var (seekerIndex, openingIndex) = await indexes.CreateGenerationAsync(clock.GetUtcNow(), ct);
        var seekers = 0;
        for (Guid? after = null; ;)
        {
            var last = after;
            var rows = await db.Seekers.AsNoTracking().Where(ProfileProjection.MatchableSeekers)
                .Where(s => last == null || s.Id.CompareTo(last.Value) > 0)
                .OrderBy(s => s.Id).Take(Page).ToListAsync(ct);
            if (rows.Count == 0) break;
            await WriteAsync(rows.Select(s => BulkItem.Upsert(seekerIndex, documents.Index(s.ToProfile()))).ToList(), ct);
            seekers += rows.Count;
            after = rows[^1].Id;
        }

        var openings = 0;
        for (Guid? after = null; ;)
        {
            var last = after;
            var rows = await db.Openings.AsNoTracking().Where(o => o.Status == OpeningStatus.Open && (last == null || o.Id.CompareTo(last.Value) > 0))
                .OrderBy(o => o.Id).Take(Page).ToListAsync(ct);
            if (rows.Count == 0) break;
            await WriteAsync(rows.Select(o => BulkItem.Upsert(openingIndex, documents.Index(o.ToProfile()))).ToList(), ct);
            openings += rows.Count;
            after = rows[^1].Id;
        }

        await indexes.SwapAsync(seekerIndex, openingIndex, ct);
        await indexes.EnsureSyncAsync(ct);
        var replayed = await ReplayAsync(db, Math.Max(0, from - IndexFollower.LookBack), ct);
        if (await indexes.CheckpointAsync(ct) is null)
        {
            await indexes.SaveCheckpointAsync(from, clock.GetUtcNow(), ct);
        }

        logger.LogInformation("Elasticsearch rebuilt into {Seekers} and {Openings}: {SeekerCount} seekers, {OpeningCount} openings, {Replayed} changes replayed",
            seekerIndex, openingIndex, seekers, openings, replayed);
        return (seekers, openings);
    }

    private async Task<int> ReplayAsync(MatchingDbContext db, long after, CancellationToken ct)
    {
        var (feed, _) = await ChangeFeed.ReadAsync(db.OutboxMessages.AsNoTracking().Where(m => m.Id > after).OrderBy(m => m.Id), ct);
        var rows = feed.Select(r => r with { Id = 0 }).Distinct().ToList();
        foreach (var chunk in rows.Chunk(Page))
        {
            await WriteAsync(await ElasticsearchFeedSink.ItemsAsync(db, engine.Indexes, documents, chunk, ct), ct);
        }

        return rows.Count;
    }

    /// <summary>Writes, and tries rejected items once more; a rebuild that still cannot write them fails, and the aliases stay where they were.</summary>
    private async Task WriteAsync(List<BulkItem> items, CancellationToken ct)
    {
        var rejected = await engine.WriteAsync(items, refresh: false, ct);
        if (rejected.Count == 0)
        {
            return;
        }

        foreach (var r in rejected)
        {
            logger.LogWarning("Elasticsearch rejected {Kind} {ProfileId} during a rebuild: {Status} {Type} {Reason}; trying again", r.Item.Index, r.Item.Id, r.Status, r.Type, r.Reason);
        }

        rejected = await engine.WriteAsync([.. rejected.Select(r => r.Item)], refresh: false, ct);
        if (rejected.Count > 0)
        {
            throw new ElasticsearchRequestException(
                $"Elasticsearch rejected {rejected.Count} profile(s) twice, first {rejected[0].Item.Id}: {rejected[0].Status} {rejected[0].Type} {rejected[0].Reason}");
        }
    }
}
