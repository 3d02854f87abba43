namespace Matching.Infrastructure.Matching;

public enum IndexEngine
{
    /// <summary>In process, filled from the store at start-up; no server.</summary>
    Embedded,

    /// <summary>Elasticsearch 9.x, shared by every node; see <see cref="Elasticsearch.ElasticsearchOptions"/>.</summary>
    Elasticsearch,
}

public sealed class IndexOptions
{
    public const string SectionName = "Matching:Index";

    public IndexEngine Engine { get; set; } = IndexEngine.Embedded;
}
