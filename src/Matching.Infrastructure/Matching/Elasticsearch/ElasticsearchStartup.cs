using Matching.Domain.Matching;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Matching.Infrastructure.Matching.Elasticsearch;

/// <summary>
/// On a node that syncs Elasticsearch: once the server answers (the host does not wait for it), builds the indices
/// from the store when they are missing, when no checkpoint says how far the feed was applied, or when the feed
/// has been trimmed past the checkpoint; then starts the change-feed follower from the checkpoint.
/// </summary>
internal sealed class ElasticsearchStartup(
    IServiceScopeFactory scopes,
    ElasticsearchIndexes indexes,
    ElasticsearchReindexer reindexer,
    IndexFollower follower,
    ILogger<ElasticsearchStartup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var wait = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PrepareAsync(stoppingToken);
                return;
            }
            catch (Exception e) when (e is CandidateIndexUnavailableException or ElasticsearchRequestException or HttpRequestException)
            {
                logger.LogWarning("Elasticsearch not ready ({Reason}); trying again in {Wait}", e.Message, wait);
                await Task.Delay(wait, stoppingToken);
                wait = TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(30).Ticks, wait.Ticks * 2));
            }
        }
    }

    private async Task PrepareAsync(CancellationToken ct)
    {
        await indexes.EnsureSyncAsync(ct);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        var checkpoint = await indexes.CheckpointAsync(ct);
        var oldest = await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).Select(m => (long?)m.Id).FirstOrDefaultAsync(ct);
        var trimmed = checkpoint is long c && oldest is long o && o > c + 1;
        var exist = await indexes.ExistAsync(ct);
        if (!exist || checkpoint is null || trimmed)
        {
            logger.LogInformation("Building the Elasticsearch indices from the store (aliases present: {Exist}, checkpoint {Checkpoint}, feed trimmed past it: {Trimmed})",
                exist, checkpoint, trimmed);
            await reindexer.RebuildAsync(ct);
        }

        await follower.StartAsync(db, ct);
        follower.Nudge();
        logger.LogInformation("Elasticsearch sync following the change feed from {Checkpoint}", await indexes.CheckpointAsync(ct));
    }
}
