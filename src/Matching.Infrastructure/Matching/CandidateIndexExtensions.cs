using Elastic.Transport;
using Matching.Domain.Matching;
using Matching.Domain.Matching.TwoPhase;
using Matching.Domain.Occupations;
using Matching.Infrastructure.Matching.Elasticsearch;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Matching.Infrastructure.Matching;

public static class CandidateIndexExtensions
{
    /// <summary>
    /// The candidate engine chosen by <c>Matching:Index:Engine</c>, kept current from the change feed. Embedded:
    /// filled from the store at start-up, changes applied at once on the saving node. Elasticsearch: shared by every
    /// node; nodes that run the worker follow the feed into it. Scoring weights come from <c>Matching:Scoring</c>.
    /// </summary>
    public static IHostApplicationBuilder AddCandidateIndex(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ScoringOptions>().BindConfiguration(ScoringOptions.SectionName).ValidateOnStart();
        builder.Services.AddOptions<IndexOptions>().BindConfiguration(IndexOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton(_ => RelatedOccupations.LoadDefault());
        builder.Services.AddSingleton(_ => CommuteBusRoutes.LoadDefault());
        builder.Services.AddSingleton<IOccupationNames>(new OccupationNames(code => OccupationCatalog.Keco2018.Find(code)?.Name));
        builder.Services.AddScoped<CandidateIndexWriter>();
        builder.Services.AddSingleton<IndexedSeekerVersions>();
        builder.Services.AddSingleton<IndexFollower>();
        builder.Services.AddSingleton<IndexRebuilds>();
        var engine = builder.Configuration.GetValue($"{IndexOptions.SectionName}:{nameof(IndexOptions.Engine)}", IndexEngine.Embedded);
        if (engine == IndexEngine.Elasticsearch)
        {
            AddElasticsearch(builder);
        }
        else
        {
            AddEmbedded(builder);
        }

        return builder;
    }

    private static void AddEmbedded(IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ICandidateIndex>(sp => new EmbeddedCandidateIndex(
            sp.GetRequiredService<IOptions<ScoringOptions>>().Value,
            sp.GetRequiredService<RelatedOccupations>(),
            sp.GetRequiredService<CommuteBusRoutes>(),
            sp.GetRequiredService<IOccupationNames>()));
        builder.Services.AddScoped<IIndexFeedSink, EmbeddedFeedSink>();
        builder.Services.AddSingleton<CandidateIndexHealthCheck>();
        builder.Services.AddHostedService<CandidateIndexLoader>();
        builder.Services.AddHostedService<IndexFollowerService>();
        builder.Services.AddHealthChecks().AddCheck<CandidateIndexHealthCheck>("index", tags: ["ready"]);
    }

    private static void AddElasticsearch(IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ElasticsearchOptions>().BindConfiguration(ElasticsearchOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => Uri.TryCreate(o.Url, UriKind.Absolute, out _),
                $"{ElasticsearchOptions.SectionName}:Url must be an absolute URL (e.g. https://localhost:9200) when {IndexOptions.SectionName}:Engine is Elasticsearch.")
            .ValidateOnStart();
        // A test may register its own IRequestInvoker (Elastic.Transport's in-memory one) to run without a server.
        builder.Services.AddSingleton(sp => new ElasticsearchConnection(sp.GetRequiredService<IOptions<ElasticsearchOptions>>().Value, sp.GetService<IRequestInvoker>()));
        builder.Services.AddSingleton(sp => new IndexedProfiles(sp.GetRequiredService<IOptions<ScoringOptions>>().Value, sp.GetRequiredService<CommuteBusRoutes>()));
        builder.Services.AddSingleton(sp => new CandidateQueries(sp.GetRequiredService<IOptions<ScoringOptions>>().Value,
            sp.GetRequiredService<RelatedOccupations>(), sp.GetRequiredService<CommuteBusRoutes>()));
        builder.Services.AddSingleton<ElasticsearchIndexes>();
        builder.Services.AddSingleton(sp => new ElasticsearchCandidateIndex(
            sp.GetRequiredService<ElasticsearchConnection>(), sp.GetRequiredService<ElasticsearchIndexes>(), sp.GetRequiredService<IndexedProfiles>(),
            sp.GetRequiredService<CandidateQueries>(), sp.GetRequiredService<IOptions<ScoringOptions>>().Value, sp.GetRequiredService<RelatedOccupations>(),
            sp.GetRequiredService<CommuteBusRoutes>(), sp.GetRequiredService<IOccupationNames>()));
        builder.Services.AddSingleton<ICandidateIndex>(sp => sp.GetRequiredService<ElasticsearchCandidateIndex>());
        builder.Services.AddSingleton<SyncState>();
        builder.Services.AddSingleton<ElasticsearchReindexer>();
        builder.Services.AddSingleton<IIndexFeedSink, ElasticsearchFeedSink>();
        builder.Services.AddHealthChecks().AddCheck<ElasticsearchHealthCheck>("index", tags: ["ready"]);
        // The index is shared: nodes that run the worker keep it current; an API node that does not only reads it.
        if (builder.Configuration.GetValue($"{WorkerOptions.SectionName}:{nameof(WorkerOptions.InProcess)}", true))
        {
            builder.Services.AddHostedService<ElasticsearchStartup>();
            builder.Services.AddHostedService<IndexFollowerService>();
        }
    }
}
