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
/// Each read asks only for ids past the watermark, plus the gaps below it: on PostgreSQL an id can
/// commit after a later one, so a skipped id is asked for again until it shows up. A rolled-back
/// transaction leaves a gap for good, so a gap is given up after <see cref="GapLifetime"/>.
/// Applying a row twice is harmless.
/// </remarks>
public sealed class IndexFollower(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>How far below the start-up watermark a late commit is still looked for, in ids.</summary>
    public const int LookBack = 1_000;

    public static readonly TimeSpan GapLifetime = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<long, DateTimeOffset> gaps = [];
    private long watermark;

    /// <summary>Starts after the newest committed id; recent ids below it that are not committed yet are awaited as gaps.</summary>
    public async Task StartAsync(MatchingDbContext db, CancellationToken ct = default)
    {
        var recent = await db.OutboxMessages.AsNoTracking().OrderByDescending(m => m.Id).Take(LookBack).Select(m => m.Id).ToListAsync(ct);
        await gate.WaitAsync(ct);
        try
        {
            gaps.Clear();
            watermark = 0;
            if (recent.Count > 0)
            {
                watermark = Math.Max(0, recent[0] - LookBack);
                Advance(recent.OrderBy(id => id), clock.GetUtcNow());
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task CatchUpAsync(CancellationToken ct = default)
    {
        await gate.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
            var from = watermark;
            var awaited = gaps.Keys.ToList();
            var feed = await db.OutboxMessages.AsNoTracking().Where(m => m.Id > from || awaited.Contains(m.Id)).OrderBy(m => m.Id)
                .Select(m => new { m.Id, m.Type, m.SubjectId }).ToListAsync(ct);
            var now = clock.GetUtcNow();
            Advance(feed.Select(row => row.Id), now);
            gaps.Where(g => now - g.Value > GapLifetime).Select(g => g.Key).ToList().ForEach(id => gaps.Remove(id));
            if (feed.Count == 0)
            {
                return;
            }

            var seekers = feed.Where(r => r.Type == ChangeEvents.SeekerChangedType).Select(r => r.SubjectId).ToHashSet();
            var openings = feed.Where(r => r.Type != ChangeEvents.SeekerChangedType).Select(r => r.SubjectId).ToHashSet();
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

    /// <summary>Moves the watermark over ids seen in ascending order, noting every id skipped on the way as a gap.</summary>
    private void Advance(IEnumerable<long> seen, DateTimeOffset now)
    {
        foreach (var id in seen)
        {
            if (!gaps.Remove(id) && id > watermark)
            {
                // A jump wider than the look-back (ids burnt by a sequence cache) keeps only its last ids.
                for (var missing = Math.Max(watermark + 1, id - LookBack); missing < id; missing++)
                {
                    gaps[missing] = now;
                }

                watermark = id;
            }
        }
    }
}
