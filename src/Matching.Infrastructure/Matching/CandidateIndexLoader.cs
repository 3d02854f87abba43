using System.Diagnostics;
using Matching.Domain.Matching;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
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
        await follower.StartAsync(db, cancellationToken);
        var seekers = await db.Seekers.AsNoTracking().Where(ProfileProjection.MatchableSeekers).ToListAsync(cancellationToken);
        var openings = await db.Openings.AsNoTracking().Include(o => o.Employer)
            .Where(o => o.Status == OpeningStatus.Open).ToListAsync(cancellationToken);
        index.Rebuild(seekers.Select(ProfileProjection.ToProfile), openings.Select(ProfileProjection.ToProfile));
        logger.LogInformation("Candidate index loaded {Seekers} seekers and {Openings} openings in {Elapsed} ms",
            index.SeekerCount, index.OpeningCount, watch.ElapsedMilliseconds);
        return (seekers.Count, openings.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
