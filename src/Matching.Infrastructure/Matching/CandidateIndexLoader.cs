using System.Diagnostics;
using Matching.Domain.Matching;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Matching.Infrastructure.Matching;

/// <summary>Rebuilds the in-process index from the store before the host takes requests, and again on an admin's rebuild.</summary>
internal sealed class CandidateIndexLoader(
    IServiceScopeFactory scopes,
    ICandidateIndex index,
    IndexFollower follower,
    CandidateIndexHealthCheck health,
    ILogger<CandidateIndexLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        health.MarkLoaded();
    }

    public async Task<(int Seekers, int Openings)> ReloadAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        // Read before the profiles: changes committed during the load are replayed, never missed.
        var position = await follower.StartAsync(db, cancellationToken);
        var profiles = new StoredProfiles(db);
        var openings = await profiles.OpeningsAsync(cancellationToken);
        // One thread reads and parses the rows while this one builds the index from them.
        index.Rebuild(Pipelined.Run(profiles.Seekers(), cancellationToken), openings);
        // On a rebuild while the node runs, the follower kept applying changes to the index just replaced.
        await follower.RewindAsync(position, cancellationToken);
        logger.LogInformation("Candidate index loaded {Seekers} seekers and {Openings} openings in {Elapsed} ms",
            index.SeekerCount, index.OpeningCount, watch.ElapsedMilliseconds);
        return (index.SeekerCount, index.OpeningCount);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
