using Matching.Domain.Matching;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Matching.Infrastructure.Matching.Elasticsearch;

/// <summary>
/// Ready when Elasticsearch answers and both aliases exist. Down, it is unhealthy with the reason and what still
/// works; profiles it keeps rejecting make it degraded, with their ids.
/// </summary>
internal sealed class ElasticsearchHealthCheck(ElasticsearchIndexes indexes, SyncState state) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await indexes.ExistAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy(
                    $"The Elasticsearch indices {indexes.Names.Seekers} and {indexes.Names.Openings} do not exist yet: a node that syncs builds them from the store, or run 'matching reindex'.");
            }
        }
        catch (CandidateIndexUnavailableException e)
        {
            return HealthCheckResult.Unhealthy(
                $"Elasticsearch is unavailable: {e.Message} Saves still succeed and reach the index through the change feed when it returns; match queries answer 503.");
        }

        var pending = state.Pending;
        return pending.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded(
                $"Elasticsearch rejected {pending.Count} profile(s), retried with every change-feed read: {string.Join(", ", pending.Take(5).Select(p => $"{p.Key} ({p.Value})"))}");
    }
}
