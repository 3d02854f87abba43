using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Matching.Infrastructure.Matching;

/// <summary>
/// Follows the change feed so changes made on any node reach the index within a moment, at once when this node
/// made them. While the engine is away it backs off (up to 5 s) and logs once per outage, not on every poll.
/// </summary>
internal sealed class IndexFollowerService(IndexFollower follower, ILogger<IndexFollowerService> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var wait = Poll;
        var failing = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await follower.CatchUpAsync(stoppingToken);
                if (failing)
                {
                    logger.LogInformation("Index follower caught up again");
                }

                (failing, wait) = (false, Poll);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                if (!failing)
                {
                    logger.LogWarning(e, "Index follower could not apply the change feed; retrying until it can");
                }

                failing = true;
                wait = TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, wait.Ticks * 2));
            }

            if (failing)
            {
                await Task.Delay(wait, stoppingToken);
            }
            else
            {
                await follower.WaitForNudgeAsync(wait, stoppingToken);
            }
        }
    }
}
