using Matching.Domain.Matching;
using Matching.Domain.Occupations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Matching.Infrastructure.Matching;

public static class CandidateIndexExtensions
{
    /// <summary>
    /// The embedded candidate index, filled from the store at start-up (after the migrations) and kept
    /// current by <see cref="CandidateIndexWriter"/>. Scoring weights come from <c>Matching:Scoring</c>.
    /// </summary>
    public static IHostApplicationBuilder AddCandidateIndex(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ScoringOptions>().BindConfiguration(ScoringOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton(_ => RelatedOccupations.LoadDefault());
        builder.Services.AddSingleton(_ => CommuteBusRoutes.LoadDefault());
        builder.Services.AddSingleton<IOccupationNames>(new OccupationNames(code => OccupationCatalog.Keco2018.Find(code)?.Name));
        builder.Services.AddSingleton<ICandidateIndex>(sp => new EmbeddedCandidateIndex(
            sp.GetRequiredService<IOptions<ScoringOptions>>().Value,
            sp.GetRequiredService<RelatedOccupations>(),
            sp.GetRequiredService<CommuteBusRoutes>(),
            sp.GetRequiredService<IOccupationNames>()));
        builder.Services.AddScoped<CandidateIndexWriter>();
        builder.Services.AddSingleton<CandidateIndexHealthCheck>();
        builder.Services.AddSingleton<IndexFollower>();
        builder.Services.AddHostedService<CandidateIndexLoader>();
        builder.Services.AddHostedService<IndexFollowerService>();
        builder.Services.AddHealthChecks().AddCheck<CandidateIndexHealthCheck>("index", tags: ["ready"]);
        return builder;
    }
}
