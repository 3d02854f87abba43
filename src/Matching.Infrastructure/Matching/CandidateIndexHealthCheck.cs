using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Matching.Infrastructure.Matching;

internal sealed class CandidateIndexHealthCheck : IHealthCheck
{
    private volatile bool loaded;

    public void MarkLoaded() => loaded = true;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(loaded ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The candidate index is still loading."));
}
