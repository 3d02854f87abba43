using MassTransit;

namespace Matching.Infrastructure.Suggestions;

internal static class ChangeBatches
{
    public const int MessageLimit = 200;

    /// <summary>A lone change waits at most 20 ms for company; one batch at a time per worker.</summary>
    public static void Configure(BatchOptions options) => options
        .SetMessageLimit(MessageLimit)
        .SetTimeLimit(TimeSpan.FromMilliseconds(20))
        .SetConcurrencyLimit(1);

    // Two workers writing the same list: the loser's save fails on the version and recomputes.
    public static void Retry(IRetryConfigurator retry) => retry.Intervals(20, 100, 300, 1_000, 2_000, 5_000, 10_000);
}
