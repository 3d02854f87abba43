using System.Text.Json;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace Matching.Infrastructure.Matching.Elasticsearch;

/// <summary>
/// The indices behind the aliases: creating a versioned pair, moving both aliases onto it in one
/// <c>_aliases</c> call (a search sees the old pair or the new one, never half of either), and the change-feed checkpoint.
/// </summary>
public sealed class ElasticsearchIndexes(ElasticsearchConnection es)
{
    private const string CheckpointId = "change-feed";
    private readonly Lock generations = new();
    private DateTimeOffset? lastGeneration;

    public IndexNames Names => es.Names;

    /// <summary>True when both aliases exist.</summary>
    public async Task<bool> ExistAsync(CancellationToken ct)
    {
        var seekers = await es.SendAsync(HttpMethod.HEAD, $"/_alias/{Names.Seekers}", null, ct);
        var openings = await es.SendAsync(HttpMethod.HEAD, $"/_alias/{Names.Openings}", null, ct);
        return seekers.Ok && openings.Ok;
    }

    /// <summary>Creates a new, empty versioned index for each alias and returns their names.</summary>
    public async Task<(string Seekers, string Openings)> CreateGenerationAsync(DateTimeOffset at, CancellationToken ct)
    {
        // Names are by the millisecond: two rebuilds within one (tests do that) take the next free one.
        lock (generations)
        {
            at = lastGeneration is { } last && at <= last ? last.AddMilliseconds(1) : at;
            lastGeneration = at;
        }

        var seekers = IndexNames.Versioned(Names.Seekers, at);
        var openings = IndexNames.Versioned(Names.Openings, at);
        ElasticsearchConnection.Expect(await es.SendAsync(HttpMethod.PUT, $"/{seekers}", IndexDefinitions.Seekers, ct), $"Creating {seekers}");
        ElasticsearchConnection.Expect(await es.SendAsync(HttpMethod.PUT, $"/{openings}", IndexDefinitions.Openings, ct), $"Creating {openings}");
        return (seekers, openings);
    }

    /// <summary>Points both aliases at the new indices in one atomic call, then deletes the indices they pointed at before.</summary>
    public async Task SwapAsync(string seekers, string openings, CancellationToken ct)
    {
        var old = (await IndicesBehindAsync(Names.Seekers, ct)).Concat(await IndicesBehindAsync(Names.Openings, ct)).ToList();
        ElasticsearchConnection.Expect(await es.SendAsync(HttpMethod.POST, $"/{seekers},{openings}/_refresh", null, ct), "Refreshing the new indices");
        var body = JsonSerializer.Serialize(new
        {
            actions = new object[]
            {
                new { remove = new { index = $"{Names.Seekers}-*", alias = Names.Seekers, must_exist = false } },
                new { remove = new { index = $"{Names.Openings}-*", alias = Names.Openings, must_exist = false } },
                new { add = new { index = seekers, alias = Names.Seekers } },
                new { add = new { index = openings, alias = Names.Openings } },
            },
        });
        ElasticsearchConnection.Expect(await es.SendAsync(HttpMethod.POST, "/_aliases", body, ct), "Moving the aliases");
        foreach (var index in old.Where(i => i != seekers && i != openings))
        {
            ElasticsearchConnection.Expect(await es.SendAsync(HttpMethod.DELETE, $"/{index}", null, ct), $"Deleting {index}", 404);
        }
    }

    /// <summary>Deletes every index and alias of this prefix (tests, and a clean start).</summary>
    public async Task DeleteAllAsync(CancellationToken ct)
    {
        foreach (var pattern in new[] { $"{Names.Seekers}-*", $"{Names.Openings}-*", Names.Sync })
        {
            ElasticsearchConnection.Expect(await es.SendAsync(HttpMethod.DELETE, $"/{pattern}?ignore_unavailable=true&allow_no_indices=true", null, ct), $"Deleting {pattern}", 404);
        }
    }

    public async Task RefreshAsync(CancellationToken ct) =>
        ElasticsearchConnection.Expect(await es.SendAsync(HttpMethod.POST, $"/{Names.Seekers},{Names.Openings}/_refresh", null, ct), "Refreshing");

    /// <summary>How far the change feed has been applied; null when nothing was ever recorded.</summary>
    public async Task<long?> CheckpointAsync(CancellationToken ct)
    {
        var response = await es.SendAsync(HttpMethod.GET, $"/{Names.Sync}/_doc/{CheckpointId}", null, ct);
        if (response.Status == 404)
        {
            return null;
        }

        ElasticsearchConnection.Expect(response, "Reading the change-feed checkpoint");
        return response.Body.GetProperty("_source").GetProperty("watermark").GetInt64();
    }

    /// <summary>Creates the sync index unless it is there.</summary>
    public async Task EnsureSyncAsync(CancellationToken ct)
    {
        if ((await es.SendAsync(HttpMethod.HEAD, $"/{Names.Sync}", null, ct)).Ok)
        {
            return;
        }

        var created = await es.SendAsync(HttpMethod.PUT, $"/{Names.Sync}", IndexDefinitions.Sync, ct);
        if (ElasticsearchConnection.ErrorType(created.Body) != "resource_already_exists_exception")
        {
            ElasticsearchConnection.Expect(created, $"Creating {Names.Sync}");
        }
    }

    /// <summary>Records the checkpoint; versioned by itself, so it never moves back when two nodes write it.</summary>
    public async Task SaveCheckpointAsync(long watermark, DateTimeOffset now, CancellationToken ct)
    {
        var response = await es.SendAsync(HttpMethod.PUT, $"/{Names.Sync}/_doc/{CheckpointId}?version={watermark}&version_type=external_gte",
            JsonSerializer.Serialize(new { watermark, updatedAt = now }), ct);
        ElasticsearchConnection.Expect(response, "Saving the change-feed checkpoint", 409);
    }

    private async Task<List<string>> IndicesBehindAsync(string alias, CancellationToken ct)
    {
        var response = await es.SendAsync(HttpMethod.GET, $"/_alias/{alias}", null, ct);
        return response.Ok ? [.. response.Body.EnumerateObject().Select(p => p.Name)] : [];
    }
}
