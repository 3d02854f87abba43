using MassTransit;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Matching.Infrastructure.Outbox;

/// <summary>
/// Publishes committed change events. A row is leased before publishing so two nodes rarely send
/// the same one; when they do (a lease ran out mid-publish) consumers are idempotent. A crash
/// between commit and publish only delays the event until the next node polls.
/// </summary>
internal sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);
    private const long LeaseMs = 30_000;
    private const long RetentionMs = 24 * 3600 * 1000;
    private const int Batch = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastCleanup = 0L;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DispatchBatchAsync(stoppingToken) == Batch)
                {
                }

                var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                if (now - lastCleanup > 600_000)
                {
                    await CleanupAsync(now, stoppingToken);
                    lastCleanup = now;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Outbox dispatch failed; retrying");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }

            await signal.WaitAsync(Poll, stoppingToken);
        }
    }

    private async Task<int> DispatchBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        var publisher = scope.ServiceProvider.GetRequiredService<IPublishEndpoint>();
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        // The lease is this node's claim: rows another node holds are left to it.
        var leased = await db.ClaimAsync(now, now + LeaseMs, Batch, ct);
        if (leased.Count == 0)
        {
            return 0;
        }

        foreach (var message in leased)
        {
            var body = ChangeEvents.Deserialize(message);
            await publisher.Publish(body, body.GetType(), ct);
        }

        var ids = leased.Select(m => m.Id).ToList();
        await db.OutboxMessages.Where(m => ids.Contains(m.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.DispatchedAtMs, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()), ct);
        return leased.Count;
    }

    // Followers read the feed by id; a day of history is far more than any of them lags.
    private async Task CleanupAsync(long now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        await db.OutboxMessages.Where(m => m.DispatchedAtMs != null && m.DispatchedAtMs < now - RetentionMs).ExecuteDeleteAsync(ct);
    }
}
