using System.Text.Json;
using System.Text.Json.Serialization;

namespace Matching.Infrastructure.Matching.Elasticsearch;

/// <summary>The index bodies of <c>infra/elasticsearch</c>, and how documents are written into them.</summary>
public static class IndexDefinitions
{
    public static string Seekers { get; } = Load("seekers-index.json");

    public static string Openings { get; } = Load("openings-index.json");

    public static string Sync { get; } = Load("sync-index.json");

    /// <summary>camelCase property names as the mappings spell them, enums by name, absent values left out.</summary>
    public static readonly JsonSerializerOptions Documents = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    private static string Load(string file)
    {
        using var stream = typeof(IndexDefinitions).Assembly.GetManifestResourceStream($"Matching.Infrastructure.Elasticsearch.{file}")
            ?? throw new InvalidOperationException($"Missing resource {file}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
