using Matching.Api.Auth;
using Matching.Domain.Matching;
using Matching.Infrastructure.Matching;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Index;

/// <summary>The candidate engine, for admins: what it holds, and a full rebuild (<c>matching reindex</c> calls it).</summary>
public static class IndexApi
{
    public sealed record IndexState(string Engine, int Seekers, int Openings, RebuildStatus Rebuild);

    public static IEndpointRouteBuilder MapIndexApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/index").WithTags("Index").RequireAuthorization(Policies.Admin);
        group.MapGet("/", Get);
        group.MapPost("/rebuild", Rebuild);
        return app;
    }

    private static Ok<IndexState> Get(ICandidateIndex index, IndexRebuilds rebuilds) => TypedResults.Ok(State(index, rebuilds));

    /// <summary>202 with the rebuild started; 409 with the one still running.</summary>
    private static Results<Accepted<IndexState>, Conflict<IndexState>> Rebuild(ICandidateIndex index, IndexRebuilds rebuilds)
    {
        var (_, started) = rebuilds.Start();
        var state = State(index, rebuilds);
        return started ? TypedResults.Accepted("/api/index", state) : TypedResults.Conflict(state);
    }

    // Counts come from the engine itself, so an Elasticsearch outage shows here as a 503 too.
    private static IndexState State(ICandidateIndex index, IndexRebuilds rebuilds) =>
        new(rebuilds.Engine.ToString(), index.SeekerCount, index.OpeningCount, rebuilds.Status);
}
