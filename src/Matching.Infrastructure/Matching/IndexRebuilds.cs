using Matching.Infrastructure.Matching.Elasticsearch;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matching.Infrastructure.Matching;

/// <summary>Where an admin's full rebuild stands; one runs at a time per node.</summary>
public sealed record RebuildStatus(string State, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, int Seekers, int Openings, string? Error)
{
    public const string Idle = "Idle", Running = "Running", Completed = "Completed", Failed = "Failed";
}

/// <summary>
/// Runs a full rebuild in the background: Elasticsearch fills a new versioned index and swaps the aliases; the
/// embedded index reloads this node from the store (each node holds its own).
/// </summary>
public sealed class IndexRebuilds(IServiceProvider services, IOptions<IndexOptions> options, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<IndexRebuilds> logger)
{
    private readonly Lock gate = new();
    private RebuildStatus status = new(RebuildStatus.Idle, null, null, 0, 0, null);

    public IndexEngine Engine => options.Value.Engine;

    public RebuildStatus Status
    {
        get
        {
            lock (gate)
            {
                return status;
            }
        }
    }

    /// <summary>Starts a rebuild unless one is running; returns the status either way and whether it started one.</summary>
    public (RebuildStatus Status, bool Started) Start()
    {
        lock (gate)
        {
            if (status.State == RebuildStatus.Running)
            {
                return (status, false);
            }

            status = new RebuildStatus(RebuildStatus.Running, clock.GetUtcNow(), null, 0, 0, null);
        }

        _ = Task.Run(() => RunAsync(lifetime.ApplicationStopping));
        return (Status, true);
    }

    private async Task RunAsync(CancellationToken ct)
    {
        try
        {
            var (seekers, openings) = Engine == IndexEngine.Elasticsearch
                ? await services.GetRequiredService<ElasticsearchReindexer>().RebuildAsync(ct)
                : await services.GetServices<IHostedService>().OfType<CandidateIndexLoader>().Single().ReloadAsync(ct);
            Finish(RebuildStatus.Completed, seekers, openings, null);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Index rebuild failed; the index in use is unchanged");
            Finish(RebuildStatus.Failed, 0, 0, e.Message);
        }
    }

    private void Finish(string state, int seekers, int openings, string? error)
    {
        lock (gate)
        {
            status = status with { State = state, FinishedAt = clock.GetUtcNow(), Seekers = seekers, Openings = openings, Error = error };
        }
    }
}
