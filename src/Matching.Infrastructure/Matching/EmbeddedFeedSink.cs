using Matching.Infrastructure.Outbox;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;

namespace Matching.Infrastructure.Matching;

/// <summary>The embedded index is rebuilt from the store at every start, so it keeps no checkpoint.</summary>
internal sealed class EmbeddedFeedSink(CandidateIndexWriter writer, IndexedSeekerVersions versions) : IIndexFeedSink
{
    public Task<long?> CheckpointAsync(MatchingDbContext db, CancellationToken ct) => Task.FromResult<long?>(null);

    public async Task ApplyAsync(MatchingDbContext db, IReadOnlyList<FeedRow> rows, long watermark, CancellationToken ct)
    {
        // A seeker this node saved was applied when it was saved: its row need not be read back.
        var seekers = rows.Where(r => r.Type == ChangeEvents.SeekerChangedType && !(r.Version is long v && versions.Holds(r.SubjectId, v)))
            .Select(r => r.SubjectId).ToHashSet();
        var openings = rows.Where(r => r.Type != ChangeEvents.SeekerChangedType).Select(r => r.SubjectId).ToHashSet();
        foreach (var seeker in seekers.Count == 0 ? [] : await db.Seekers.AsNoTracking().Where(s => seekers.Contains(s.Id)).ToListAsync(ct))
        {
            writer.Apply(seeker);
        }

        foreach (var opening in openings.Count == 0 ? [] : await db.Openings.AsNoTracking().Include(o => o.Employer).Where(o => openings.Contains(o.Id)).ToListAsync(ct))
        {
            writer.Apply(opening);
        }
    }
}
