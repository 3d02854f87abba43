using System.Globalization;
using Matching.Benchmarks.Web;
using Matching.Domain.Matching;
using Matching.Infrastructure;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static Matching.Benchmarks.BenchArgs;

namespace Matching.Benchmarks.Matching;

/// <summary>
/// The embedded index alone on a stored population: <c>dotnet run -c Release --project bench/Matching.Benchmarks --
/// match-index --store &lt;sqlite file&gt; [--rounds 10] [--top 20] [--verify 20]</c>. Loads the profiles as the API does
/// (a copy of <c>match-http</c>'s store gives its population), checks answers against a brute-force ranking, then asks
/// for the top seekers of every open opening and the top openings of 1,000 seekers, once per round, on one thread, and
/// prints what <see cref="MatchingLoad"/> prints: the index's share of a match answer, without HTTP or the store.
/// </summary>
public static class MatchIndexStore
{
    public static int Run(string[] args)
    {
        var store = Arg(args, "--store", "");
        int rounds = Arg(args, "--rounds", 10);
        int top = Arg(args, "--top", 20);
        int verify = Arg(args, "--verify", 20);
        if (store.Length == 0)
        {
            Console.Error.WriteLine("match-index needs --store <SQLite file>");
            return 2;
        }

        var (seekers, openings) = LoadAsync(store).GetAwaiter().GetResult();
        var today = TimeProvider.System.Today();
        var options = new ScoringOptions();
        var index = new EmbeddedCandidateIndex(options, RelatedOccupations.LoadDefault(), CommuteBusRoutes.LoadDefault());
        index.Rebuild(seekers, openings);
        Console.WriteLine($"match-index: {index.SeekerCount:N0} seekers, {index.OpeningCount:N0} openings from {store}, top {top}, {rounds} rounds; "
            + $"server GC {System.Runtime.GCSettings.IsServerGC}, load {WebLoad.Load()}");

        var open = openings.Where(o => o.Active && o.Filled < o.Headcount && o.ClosesOn >= today).Select(o => o.Id).ToArray();
        var sample = seekers.Where(s => s.Active && s.ConsentToMatching).Take(1000).Select(s => s.Id).ToArray();
        var ranker = new MatchRanker(options, RelatedOccupations.LoadDefault(), CommuteBusRoutes.LoadDefault());
        int same = 0, checkedCount = 0;
        foreach (var opening in openings.Where(o => open.Contains(o.Id)).Take(verify))
        {
            same += MatchingLoad.Same(index.TopSeekersForOpening(opening.Id, top, today)!, ranker.TopSeekersForOpening(opening, seekers, top, today)) ? 1 : 0;
            checkedCount++;
        }

        foreach (var seeker in seekers.Where(s => sample.Contains(s.Id)).Take(verify))
        {
            same += MatchingLoad.Same(index.TopOpeningsForSeeker(seeker.Id, top, today)!, ranker.TopOpeningsForSeeker(seeker, openings, top, today)) ? 1 : 0;
            checkedCount++;
        }

        Console.WriteLine($"  brute-force check: {same}/{checkedCount} answers identical");
        MatchingLoad.Measure("top seekers for an opening", [.. Enumerable.Repeat(open, rounds).SelectMany(ids => ids)], id => index.TopSeekersForOpening(id, top, today)!);
        MatchingLoad.Measure("top openings for a seeker", [.. Enumerable.Repeat(sample, rounds).SelectMany(ids => ids)], id => index.TopOpeningsForSeeker(id, top, today)!);
        return same == checkedCount ? 0 : 1;
    }

    private static async Task<(List<SeekerProfile> Seekers, List<OpeningProfile> Openings)> LoadAsync(string store)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{StoreOptions.SectionName}:ConnectionString"] = $"Data Source={store}",
        });
        builder.AddMatchingStore();
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        var profiles = new StoredProfiles(scope.ServiceProvider.GetRequiredService<MatchingDbContext>());
        return (profiles.Seekers().ToList(), await profiles.OpeningsAsync(CancellationToken.None));
    }
}
