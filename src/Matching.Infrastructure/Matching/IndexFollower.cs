using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.Infrastructure.Matching;

/// <summary>
/// Keeps the index in step with changes any node committed, reading the outbox as an ordered change feed and
/// applying each changed profile's current row through the engine's <see cref="IIndexFeedSink"/>.
/// </summary>
/// <remarks>
/// Each read asks only for ids past the watermark, plus the gaps below it: on PostgreSQL an id can
/// commit after a later one, so a skipped id is asked for again until it shows up. A rolled-back
/// transaction leaves a gap for good, so a gap is given up after <see cref="GapLifetime"/>.
/// Applying a row twice is harmless. When the sink fails, the watermark and gaps stay where they were, so the
/// same rows are read again: nothing is skipped while the engine is away.
/// </remarks>
public sealed class IndexFollower(IServiceScopeFactory scopes, IndexedSeekerVersions applied, TimeProvider clock)
{
    /// <summary>How far below the start-up watermark a late commit is still looked for, in ids.</summary>
    public const int LookBack = 1_000;

    /// <summary>Rows applied per read, so a large import reaches the index in batches.</summary>
    public const int PageSize = 5_000;

    public static readonly TimeSpan GapLifetime = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly SemaphoreSlim nudged = new(0, 1);
    private Dictionary<long, DateTimeOffset> gaps = [];
    private long watermark;
    private volatile bool started;

    /// <summary>
    /// Starts where the sink's checkpoint says, less <see cref="LookBack"/> (a late commit below it may not have been
    /// applied; replaying is harmless), or after the newest committed id when it has none, awaiting the recent ids
    /// below that which are not committed yet as gaps. Returns that position, for <see cref="RewindAsync"/>.
    /// </summary>
    public async Task<FeedPosition> StartAsync(MatchingDbContext db, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var checkpoint = await scope.ServiceProvider.GetRequiredService<IIndexFeedSink>().CheckpointAsync(db, ct);
        List<long> recent = checkpoint is null
            ? await db.OutboxMessages.AsNoTracking().OrderByDescending(m => m.Id).Take(LookBack).Select(m => m.Id).ToListAsync(ct)
            : [];
        await gate.WaitAsync(ct);
        try
        {
            gaps.Clear();
            watermark = 0;
            if (checkpoint is long applied)
            {
                watermark = Math.Max(0, applied - LookBack);
            }
            else if (recent.Count > 0)
            {
                watermark = Math.Max(0, recent[0] - LookBack);
                Advance(recent.OrderBy(id => id), clock.GetUtcNow());
            }

            started = true;
            return new FeedPosition(watermark, [.. gaps.Keys]);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Goes back to <paramref name="position"/> once a full load begun there has replaced the index: what the
    /// follower applied during the load went to the index it replaced, and is applied again to the new one.
    /// </summary>
    public async Task RewindAsync(FeedPosition position, CancellationToken ct = default)
    {
        await gate.WaitAsync(ct);
        try
        {
            // Nor does the new index hold what was applied at once on saving meanwhile.
            applied.Clear();
            if (position.Watermark < watermark)
            {
                watermark = position.Watermark;
            }

            var now = clock.GetUtcNow();
            foreach (var id in position.Gaps)
            {
                gaps.TryAdd(id, now);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Wakes the background follower at once (a change was just committed on this node).</summary>
    public void Nudge()
    {
        try
        {
            nudged.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken; one catch-up takes everything.
        }
    }

    public Task<bool> WaitForNudgeAsync(TimeSpan timeout, CancellationToken ct) => nudged.WaitAsync(timeout, ct);

    /// <summary>Applies every change committed so far, in pages; does nothing until started.</summary>
    public async Task CatchUpAsync(CancellationToken ct = default)
    {
        if (!started)
        {
            return;
        }

        await gate.WaitAsync(ct);
        try
        {
            while (await CatchUpPageAsync(ct) == PageSize)
            {
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<int> CatchUpPageAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        var from = watermark;
        var awaited = gaps.Keys.ToList();
        var (feed, messages) = await ChangeFeed.ReadAsync(
            db.OutboxMessages.AsNoTracking().Where(m => m.Id > from || awaited.Contains(m.Id)).OrderBy(m => m.Id).Take(PageSize), ct);
        var now = clock.GetUtcNow();
        var (savedWatermark, savedGaps) = (watermark, new Dictionary<long, DateTimeOffset>(gaps));
        Advance(messages, now);
        gaps.Where(g => now - g.Value > GapLifetime).Select(g => g.Key).ToList().ForEach(id => gaps.Remove(id));
        if (feed.Count == 0)
        {
            return messages.Count;
        }

        try
        {
            await scope.ServiceProvider.GetRequiredService<IIndexFeedSink>().ApplyAsync(db, feed, watermark, ct);
        }
        catch
        {
            (watermark, gaps) = (savedWatermark, savedGaps);
            throw;
        }

        return messages.Count;
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

/// <summary>Where the follower stood: the highest id applied and the ids below it still awaited.</summary>
public sealed record FeedPosition(long Watermark, IReadOnlyList<long> Gaps);
