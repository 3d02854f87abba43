using System.Text;
using System.Text.Json;
using Matching.Domain.Matching.TwoPhase;

namespace Matching.Infrastructure.Matching.Elasticsearch;

/// <summary>One write of a bulk request: a document to index, or an id to delete, with the profile's version.</summary>
public sealed record BulkItem(string Index, Guid Id, long? Version, object? Document)
{
    public static BulkItem Upsert(string index, IndexedSeeker seeker) => new(index, seeker.Id, seeker.Version, seeker);

    public static BulkItem Upsert(string index, IndexedOpening opening) => new(index, opening.Id, opening.Version, opening);

    public static BulkItem Delete(string index, Guid id, long? version) => new(index, id, version, null);

    public bool IsDelete => Document is null;
}

/// <summary>An item Elasticsearch would not take (not a version conflict, which means a newer write is there already).</summary>
public sealed record BulkRejection(BulkItem Item, int Status, string? Type, string? Reason);

/// <summary>
/// Bulk request bodies and their answers. Every write carries the profile's version with <c>external_gte</c>:
/// a write older than what is stored is refused (a 409, which is success here), the same version writes again
/// harmlessly, so the change feed can be replayed in any order.
/// </summary>
public static class BulkBody
{
    public static string Write(IEnumerable<BulkItem> items)
    {
        var text = new StringBuilder();
        foreach (var item in items)
        {
            var action = new Dictionary<string, object> { ["_index"] = item.Index, ["_id"] = item.Id.ToString() };
            if (item.Version is long version)
            {
                action["version"] = version;
                action["version_type"] = "external_gte";
            }

            text.Append(JsonSerializer.Serialize(new Dictionary<string, object> { [item.IsDelete ? "delete" : "index"] = action })).Append('\n');
            if (!item.IsDelete)
            {
                text.Append(JsonSerializer.Serialize(item.Document, item.Document!.GetType(), IndexDefinitions.Documents)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>The items of <paramref name="items"/> the answer rejected, in order.</summary>
    public static List<BulkRejection> Rejections(IReadOnlyList<BulkItem> items, JsonElement answer)
    {
        var rejected = new List<BulkRejection>();
        if (!answer.TryGetProperty("errors", out var errors) || !errors.GetBoolean())
        {
            return rejected;
        }

        var i = 0;
        foreach (var entry in answer.GetProperty("items").EnumerateArray())
        {
            var result = entry.EnumerateObject().First().Value;
            var status = result.GetProperty("status").GetInt32();
            var item = items[i++];
            // 409: a newer (or the same) version is stored; 404: a delete of what is not there.
            if (status is >= 200 and < 300 or 409 || (status == 404 && item.IsDelete))
            {
                continue;
            }

            result.TryGetProperty("error", out var error);
            rejected.Add(new BulkRejection(item, status, ElasticsearchConnection.Field(error, "type"), ElasticsearchConnection.Field(error, "reason")));
        }

        return rejected;
    }
}
