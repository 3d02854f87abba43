using Matching.Domain.Matching.TwoPhase;
using Matching.Infrastructure.Outbox;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Matching.Infrastructure.Matching.Elasticsearch;

/// <summary>
/// Applies change-feed rows to Elasticsearch in bulk: an active seeker or open opening is indexed, anything else
/// (withdrawn, closed, deleted) deleted, each with its version. An item Elasticsearch rejects (a mapping conflict,
/// a full queue) is logged with the profile's id and tried again with every later read until it goes in; the
/// checkpoint stays below the oldest such row, so a restart tries it again too. Nothing is dropped.
/// </summary>
internal sealed class ElasticsearchFeedSink(
    ElasticsearchCandidateIndex engine,
    IndexedProfiles documents,
    SyncState state,
    TimeProvider clock,
    ILogger<ElasticsearchFeedSink> logger) : IIndexFeedSink
{
    private readonly Lock gate = new();
    // A rejected profile and the lowest feed id that named it.
    private readonly Dictionary<FeedRow, long> retrying = [];

    public Task<long?> CheckpointAsync(MatchingDbContext db, CancellationToken ct) => engine.Indexes.CheckpointAsync(ct);

    public async Task ApplyAsync(MatchingDbContext db, IReadOnlyList<FeedRow> rows, long watermark, CancellationToken ct)
    {
        Dictionary<FeedRow, long> subjects;
        lock (gate)
        {
            subjects = new Dictionary<FeedRow, long>(retrying);
        }

        foreach (var row in rows)
        {
            var key = Subject(row);
            subjects[key] = Math.Min(subjects.GetValueOrDefault(key, row.Id), row.Id);
        }

        var items = await ItemsAsync(db, engine.Indexes, documents, subjects.Keys, ct);
        var rejected = await engine.WriteAsync(items, refresh: true, ct);
        var failed = rejected.Select(r => r.Item.Id).ToHashSet();
        foreach (var r in rejected)
        {
            logger.LogWarning("Elasticsearch rejected {Kind} {ProfileId} (version {Version}): {Status} {Type} {Reason}; retrying with the next change-feed read",
                r.Item.Index, r.Item.Id, r.Item.Version, r.Status, r.Type, r.Reason);
        }

        long checkpoint;
        lock (gate)
        {
            retrying.Clear();
            foreach (var (subject, firstId) in subjects.Where(s => failed.Contains(s.Key.SubjectId)))
            {
                retrying[subject] = firstId;
            }

            checkpoint = retrying.Count == 0 ? watermark : Math.Min(watermark, retrying.Values.Min() - 1);
        }

        state.Rejected(rejected, subjects.Keys.Select(s => s.SubjectId).Where(id => !failed.Contains(id)));
        await engine.Indexes.SaveCheckpointAsync(checkpoint, clock.GetUtcNow(), ct);
    }

    private static FeedRow Subject(FeedRow row) => row with { Id = 0 };

    /// <summary>The bulk items that bring the aliases in line with the subjects' current rows.</summary>
    internal static async Task<List<BulkItem>> ItemsAsync(MatchingDbContext db, ElasticsearchIndexes indexes, IndexedProfiles documents,
        IEnumerable<FeedRow> subjects, CancellationToken ct)
    {
        var names = indexes.Names;
        var seekerIds = subjects.Where(s => s.Type == ChangeEvents.SeekerChangedType).Select(s => s.SubjectId).ToHashSet();
        var openingIds = subjects.Where(s => s.Type != ChangeEvents.SeekerChangedType).Select(s => s.SubjectId).ToHashSet();
        var items = new List<BulkItem>();
        var seekers = await db.Seekers.AsNoTracking().Where(s => seekerIds.Contains(s.Id)).ToListAsync(ct);
        foreach (var seeker in seekers)
        {
            // Withdrawn, no longer consenting to matching, or without a 희망직종: out of the index.
            items.Add(seeker.Matchable
                ? BulkItem.Upsert(names.Seekers, documents.Index(seeker.ToProfile()))
                : BulkItem.Delete(names.Seekers, seeker.Id, seeker.Version));
        }

        var openings = await db.Openings.AsNoTracking().Where(o => openingIds.Contains(o.Id)).ToListAsync(ct);
        foreach (var opening in openings)
        {
            items.Add(opening.Status == OpeningStatus.Open
                ? BulkItem.Upsert(names.Openings, documents.Index(opening.ToProfile()))
                : BulkItem.Delete(names.Openings, opening.Id, opening.Version));
        }

        // A row gone from the store altogether leaves the index too.
        items.AddRange(seekerIds.Except(seekers.Select(s => s.Id)).Select(id => BulkItem.Delete(names.Seekers, id, null)));
        items.AddRange(openingIds.Except(openings.Select(o => o.Id)).Select(id => BulkItem.Delete(names.Openings, id, null)));
        return items;
    }
}
