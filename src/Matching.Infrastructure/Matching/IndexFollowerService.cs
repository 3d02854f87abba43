using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Matching.Infrastructure.Matching;

/// <summary>Polls the change feed so changes made on other nodes reach this node's index within a moment.</summary>
internal sealed class IndexFollowerService(IndexFollower follower, ILogger<IndexFollowerService> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await follower.CatchUpAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Index follower could not read the change feed; retrying");
            }

            await Task.Delay(Poll, stoppingToken);
        }
    }
}
