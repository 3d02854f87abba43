using System.Text.Json;
using Matching.Domain.Matching;
using Matching.Domain.Matching.TwoPhase;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace Matching.Infrastructure.Matching.Elasticsearch;

public sealed partial class ElasticsearchCandidateIndex
{
    public IReadOnlyList<ScoredMatch>? TopOpeningsForSeeker(Guid seekerId, int top, DateOnly today) =>
        Wait(TopOpeningsForSeekerAsync(seekerId, top, today));

    public IReadOnlyList<ScoredMatch>? TopSeekersForOpening(Guid openingId, int top, DateOnly today) =>
        Wait(TopSeekersForOpeningAsync(openingId, top, today));

    public async ValueTask<IReadOnlyList<ScoredMatch>?> TopOpeningsForSeekerAsync(Guid seekerId, int top, DateOnly today, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        var document = await GetAsync<IndexedSeeker>(Names.Seekers, seekerId, ct);
        if (document is null)
        {
            return null;
        }

        var seeker = IndexedProfiles.Restore(document);
        if (top == 0 || !seeker.Active || !seeker.ConsentToMatching)
        {
            return [];
        }

        var ranking = ExactTopN.OpeningsFor(seeker, top, today, scoring, related, routes, names);
        return await RankAsync<IndexedOpening, OpeningProfile>(Names.Openings, queries.OpeningsFor(seeker, ranking), ranking, IndexedProfiles.Restore, ct);
    }

    public async ValueTask<IReadOnlyList<ScoredMatch>?> TopSeekersForOpeningAsync(Guid openingId, int top, DateOnly today, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        var document = await GetAsync<IndexedOpening>(Names.Openings, openingId, ct);
        if (document is null)
        {
            return null;
        }

        var opening = IndexedProfiles.Restore(document);
        if (top == 0 || document.Status != IndexedOpening.Open || opening.ClosesOn < today)
        {
            return [];
        }

        var ranking = ExactTopN.SeekersFor(opening, top, today, scoring, related, routes, names);
        return await RankAsync<IndexedSeeker, SeekerProfile>(Names.Seekers, queries.SeekersFor(opening, ranking), ranking, IndexedProfiles.Restore, ct);
    }

    /// <summary>
    /// The first page is searched on the alias directly: it proves most lists. When it does not, the ranking starts
    /// over inside a point in time, so every later page continues exactly where the one before it ended.
    /// </summary>
    private async Task<IReadOnlyList<ScoredMatch>> RankAsync<TDocument, TProfile>(string alias, CandidateQuery query, ExactTopN quick,
        Func<TDocument, TProfile> restore, CancellationToken ct) where TDocument : class where TProfile : class
    {
        var options = es.Options;
        // A long list (the worker's reverse scan asks for 500) starts with a page that can hold it.
        int firstPage = Math.Min(Math.Max(options.FirstPage, 2 * quick.Top), Math.Max(options.MaxPage, options.FirstPage));
        var first = await SearchAsync(alias, query, firstPage, null, null, restore, ct);
        quick.Offer(first.Page.Candidates);
        Interlocked.Increment(ref answered);
        Interlocked.Increment(ref pagesAsked);
        if (first.Page.Exhausted || quick.Proves(first.Page.LastScore))
        {
            return quick.Result();
        }

        Interlocked.Increment(ref pagingOn);

        var pit = await OpenPitAsync(alias, ct);
        try
        {
            JsonElement? after = null;
            var ranking = quick.Again();
            var result = await ranking.RankAsync<TProfile>(async (size, c) =>
            {
                var next = await SearchAsync(null, query, size, pit, after, restore, c);
                pit = next.Pit ?? pit;
                after = next.After;
                return next.Page;
            }, Math.Min(2 * firstPage, Math.Max(options.MaxPage, firstPage)), options.MaxPage, ct);
            Interlocked.Add(ref pagesAsked, ranking.Pages);
            return result;
        }
        finally
        {
            await ClosePitAsync(pit);
        }
    }

    private long answered, pagesAsked, pagingOn;

    /// <summary>Ranked queries answered, search pages they asked for, and how many needed more than the first page (for the benchmark).</summary>
    internal (long Queries, long Pages, long PagingOn) Counters => (Interlocked.Read(ref answered), Interlocked.Read(ref pagesAsked), Interlocked.Read(ref pagingOn));

    private sealed record SearchPage<T>(CandidatePage<T> Page, JsonElement? After, string? Pit);

    private async Task<SearchPage<TProfile>> SearchAsync<TDocument, TProfile>(string? alias, CandidateQuery query, int size, string? pit, JsonElement? after,
        Func<TDocument, TProfile> restore, CancellationToken ct) where TDocument : class
    {
        var body = SearchBody.Write(query, size, pit, after);
        var response = Found(await es.SendAsync(HttpMethod.POST, alias is null ? "/_search" : $"/{alias}/_search", body, ct), alias ?? "point in time");
        ElasticsearchConnection.Expect(response, "Search");
        var hits = response.Body.GetProperty("hits").GetProperty("hits");
        var candidates = new List<TProfile>(hits.GetArrayLength());
        JsonElement? last = null;
        double lastScore = 0;
        foreach (var hit in hits.EnumerateArray())
        {
            candidates.Add(restore(hit.GetProperty("_source").Deserialize<TDocument>(IndexDefinitions.Documents)!));
            last = hit.GetProperty("sort").Clone();
            lastScore = last.Value[0].GetDouble();
        }

        string? nextPit = response.Body.TryGetProperty("pit_id", out var id) ? id.GetString() : null;
        return new SearchPage<TProfile>(new CandidatePage<TProfile>(candidates, lastScore, candidates.Count < size), last, nextPit);
    }

    private async Task<string> OpenPitAsync(string alias, CancellationToken ct)
    {
        var response = Found(await es.SendAsync(HttpMethod.POST, $"/{alias}/_pit?keep_alive=1m", null, ct), alias);
        return ElasticsearchConnection.Expect(response, "Opening a point in time").Body.GetProperty("id").GetString()!;
    }

    private async Task ClosePitAsync(string pit)
    {
        try
        {
            await es.SendAsync(HttpMethod.DELETE, "/_pit", JsonSerializer.Serialize(new { id = pit }), CancellationToken.None);
        }
        catch (CandidateIndexUnavailableException)
        {
            // It expires by itself after its keep-alive.
        }
    }
}
