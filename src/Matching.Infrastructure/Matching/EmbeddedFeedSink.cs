using Matching.Infrastructure.Outbox;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;

namespace Matching.Infrastructure.Matching;

/// <summary>The embedded index is rebuilt from the store at every start, so it keeps no checkpoint.</summary>
internal sealed class EmbeddedFeedSink(CandidateIndexWriter writer) : IIndexFeedSink
{
    public Task<long?> CheckpointAsync(MatchingDbContext db, CancellationToken ct) => Task.FromResult<long?>(null);

    public async Task ApplyAsync(MatchingDbContext db, IReadOnlyList<FeedRow> rows, long watermark, CancellationToken ct)
    {
        var seekers = rows.Where(r => r.Type == ChangeEvents.SeekerChangedType).Select(r => r.SubjectId).ToHashSet();
        var openings = rows.Where(r => r.Type != ChangeEvents.SeekerChangedType).Select(r => r.SubjectId).ToHashSet();
        foreach (var seeker in await db.Seekers.AsNoTracking().Where(s => seekers.Contains(s.Id)).ToListAsync(ct))
        {
            writer.Apply(seeker);
        }

        foreach (var opening in await db.Openings.AsNoTracking().Include(o => o.Employer).Where(o => openings.Contains(o.Id)).ToListAsync(ct))
        {
            writer.Apply(opening);
        }
    }
}
