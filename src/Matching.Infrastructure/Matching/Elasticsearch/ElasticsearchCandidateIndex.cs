using System.Text.Json;
using Matching.Domain.Matching;
using Matching.Domain.Matching.TwoPhase;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace Matching.Infrastructure.Matching.Elasticsearch;

/// <summary>
/// The candidate port on Elasticsearch. Queries are two-phase (<see cref="ExactTopN"/>): Elasticsearch filters and
/// orders by a bound of the exact rank, the service re-scores with the shared scorer and proves its top N, paging on
/// with <c>search_after</c> in a point in time when the first page cannot prove it. In production, writes come from
/// the change feed (<see cref="ElasticsearchFeedSink"/>); the port's own writes (tests, tools) are refreshed at once.
/// </summary>
public sealed partial class ElasticsearchCandidateIndex(
    ElasticsearchConnection es,
    ElasticsearchIndexes indexes,
    IndexedProfiles documents,
    CandidateQueries queries,
    ScoringOptions scoring,
    RelatedOccupations related,
    CommuteBusRoutes routes,
    IOccupationNames names) : ICandidateIndex
{
    private IndexNames Names => es.Names;

    public ElasticsearchIndexes Indexes => indexes;

    // The port's synchronous members block on the request; callers that can await use the async ones.
    private static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();

    private static T Wait<T>(ValueTask<T> task) => task.AsTask().GetAwaiter().GetResult();

    public void Rebuild(IEnumerable<SeekerProfile> seekers, IEnumerable<OpeningProfile> openings) =>
        RebuildAsync(seekers, openings, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Fills a new versioned index pair with these profiles and moves the aliases onto it.</summary>
    public async Task RebuildAsync(IEnumerable<SeekerProfile> seekers, IEnumerable<OpeningProfile> openings, CancellationToken ct)
    {
        var (seekerIndex, openingIndex) = await indexes.CreateGenerationAsync(DateTimeOffset.UtcNow, ct);
        var items = seekers.Select(s => BulkItem.Upsert(seekerIndex, documents.Index(s)))
            .Concat(openings.Select(o => BulkItem.Upsert(openingIndex, documents.Index(o))));
        foreach (var chunk in items.Chunk(es.Options.BulkSize))
        {
            ThrowOn(await WriteAsync(chunk, refresh: false, ct));
        }

        await indexes.SwapAsync(seekerIndex, openingIndex, ct);
    }

    public void Upsert(SeekerProfile seeker) => ThrowOn(Wait(WriteAsync([BulkItem.Upsert(Names.Seekers, documents.Index(seeker))], refresh: true, default)));

    public void Upsert(OpeningProfile opening) => ThrowOn(Wait(WriteAsync([BulkItem.Upsert(Names.Openings, documents.Index(opening))], refresh: true, default)));

    public bool RemoveSeeker(Guid seekerId) => Wait(DeleteAsync(Names.Seekers, seekerId));

    public bool RemoveOpening(Guid openingId) => Wait(DeleteAsync(Names.Openings, openingId));

    public int SeekerCount => Wait(CountAsync(Names.Seekers));

    public int OpeningCount => Wait(CountAsync(Names.Openings));

    /// <summary>Writes the items in bulk requests and returns the ones Elasticsearch rejected; throws when it does not answer.</summary>
    public async Task<List<BulkRejection>> WriteAsync(IReadOnlyList<BulkItem> items, bool refresh, CancellationToken ct)
    {
        var rejected = new List<BulkRejection>();
        foreach (var chunk in items.Chunk(es.Options.BulkSize))
        {
            var answer = ElasticsearchConnection.Expect(await es.BulkAsync(BulkBody.Write(chunk), refresh, ct), "Bulk write");
            rejected.AddRange(BulkBody.Rejections(chunk, answer.Body));
        }

        return rejected;
    }

    private static void ThrowOn(List<BulkRejection> rejected)
    {
        if (rejected.Count > 0)
        {
            var r = rejected[0];
            throw new ElasticsearchRequestException($"Elasticsearch rejected {rejected.Count} document(s), first {r.Item.Id}: {r.Status} {r.Type} {r.Reason}");
        }
    }

    private async Task<bool> DeleteAsync(string alias, Guid id)
    {
        var response = await es.SendAsync(HttpMethod.DELETE, $"/{alias}/_doc/{id}?refresh=true", null, default);
        return ElasticsearchConnection.Expect(response, $"Deleting {id}", 404).Status != 404;
    }

    private async Task<int> CountAsync(string alias)
    {
        var response = Found(await es.SendAsync(HttpMethod.GET, $"/{alias}/_count", null, default), alias);
        return response.Body.GetProperty("count").GetInt32();
    }

    /// <summary>A missing alias is an index not built yet: the engine cannot answer until a rebuild makes it.</summary>
    private EsResponse Found(EsResponse response, string alias)
    {
        if (response.Status == 404 && ElasticsearchConnection.ErrorType(response.Body) == "index_not_found_exception")
        {
            throw es.Unavailable($"The Elasticsearch index {alias} does not exist yet; a rebuild creates it (matching reindex).");
        }

        return ElasticsearchConnection.Expect(response, $"Reading {alias}", 404);
    }

    private async Task<T?> GetAsync<T>(string alias, Guid id, CancellationToken ct) where T : class
    {
        var response = Found(await es.SendAsync(HttpMethod.GET, $"/{alias}/_doc/{id}", null, ct), alias);
        return response.Ok && response.Body.GetProperty("found").GetBoolean()
            ? response.Body.GetProperty("_source").Deserialize<T>(IndexDefinitions.Documents)
            : null;
    }

    private async Task<List<T>> GetManyAsync<T>(string alias, IReadOnlyCollection<Guid> ids, CancellationToken ct) where T : class
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var body = JsonSerializer.Serialize(new { ids = ids.Distinct().Select(i => i.ToString()) });
        var response = Found(await es.SendAsync(HttpMethod.POST, $"/{alias}/_mget", body, ct), alias);
        return [.. response.Body.GetProperty("docs").EnumerateArray()
            .Where(d => d.TryGetProperty("found", out var found) && found.GetBoolean())
            .Select(d => d.GetProperty("_source").Deserialize<T>(IndexDefinitions.Documents)!)];
    }

    public async ValueTask<IReadOnlyList<PairScore>> ScorePairsAsync(IReadOnlyCollection<Guid> seekerIds, IReadOnlyCollection<Guid> openingIds, DateOnly today, CancellationToken ct = default)
    {
        var seekers = (await GetManyAsync<IndexedSeeker>(Names.Seekers, seekerIds, ct)).Select(IndexedProfiles.Restore).ToList();
        var openings = (await GetManyAsync<IndexedOpening>(Names.Openings, openingIds, ct)).Select(IndexedProfiles.Restore).ToList();
        var pairs = new List<PairScore>();
        new MatchScorer(scoring, related, routes, names).ScoreAll(seekers, openings, today,
            (i, j, score) => pairs.Add(new PairScore(seekers[i].Id, openings[j].Id, openings[j].EmployerId, score)));
        return pairs;
    }
}
