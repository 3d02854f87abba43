using Matching.Infrastructure.Outbox;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.Infrastructure.Matching;

/// <summary>
/// Keeps this process's index in step with changes any node committed, reading the outbox as an
/// ordered change feed and applying each changed profile's current row.
/// </summary>
/// <remarks>
/// On PostgreSQL ids can commit out of order, so each read looks back over a window of recent ids
/// and applies the ones not yet seen; applying a row twice is harmless.
/// </remarks>
public sealed class IndexFollower(IServiceScopeFactory scopes)
{
    private const int LookBack = 1_000;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly HashSet<long> applied = [];
    private long watermark;

    /// <summary>Set at start-up from the id read before the index was loaded.</summary>
    public void StartAt(long lastId) => watermark = lastId;

    public async Task CatchUpAsync(CancellationToken ct = default)
    {
        await gate.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
            var from = watermark - LookBack;
            var feed = await db.OutboxMessages.AsNoTracking().Where(m => m.Id > from).OrderBy(m => m.Id)
                .Select(m => new { m.Id, m.Type, m.SubjectId }).ToListAsync(ct);
            var seekers = new HashSet<Guid>();
            var openings = new HashSet<Guid>();
            foreach (var row in feed)
            {
                if (row.Id <= watermark - LookBack || !applied.Add(row.Id))
                {
                    continue;
                }

                (row.Type == ChangeEvents.SeekerChangedType ? seekers : openings).Add(row.SubjectId);
                watermark = Math.Max(watermark, row.Id);
            }

            applied.RemoveWhere(id => id <= watermark - LookBack);
            if (seekers.Count + openings.Count == 0)
            {
                return;
            }

            var writer = scope.ServiceProvider.GetRequiredService<CandidateIndexWriter>();
            foreach (var seeker in await db.Seekers.AsNoTracking().Where(s => seekers.Contains(s.Id)).ToListAsync(ct))
            {
                writer.Seeker(seeker);
            }

            foreach (var opening in await db.Openings.AsNoTracking().Include(o => o.Employer).Where(o => openings.Contains(o.Id)).ToListAsync(ct))
            {
                writer.Opening(opening);
            }
        }
        finally
        {
            gate.Release();
        }
    }
}
