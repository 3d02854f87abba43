using Matching.Domain.Matching;
using static Matching.UnitTests.Matching.MatchingFixtures;

namespace Matching.UnitTests.Matching;

/// <summary>Enough updates to compact the feature pool, while queries run, leave answers equal to a fresh rebuild's and to brute force.</summary>
public class IndexCompactionTests
{
    private static List<string> Describe(IEnumerable<ScoredMatch> matches)
        => [.. matches.Select(m => $"{m.SeekerId}/{m.OpeningId}/{m.Score}/{m.Widened}/{m.Components}/{string.Join("|", m.Reasons)}")];

    [Fact]
    public async Task Answers_after_compactions_equal_a_fresh_rebuild_and_brute_force()
    {
        var pop = new RandomPopulation(77);
        var r = new Random(78);
        var seekers = Enumerable.Range(0, 1500).Select(_ => pop.Seeker()).ToDictionary(s => s.Id);
        var openings = Enumerable.Range(0, 150).Select(_ => pop.Opening()).ToDictionary(o => o.Id);
        var index = Index();
        index.Rebuild(seekers.Values, openings.Values);
        var seekerIds = seekers.Keys.ToArray();
        var openingIds = openings.Keys.ToArray();

        // Queries go on throughout; a stale pool offset would throw or read another profile's terms.
        using var stop = new CancellationTokenSource();
        var reader = Task.Run(() =>
        {
            int queries = 0;
            for (int i = 0; !stop.IsCancellationRequested || queries == 0; i++, queries++)
            {
                index.TopSeekersForOpening(openingIds[i % openingIds.Length], 20, Today);
                index.TopOpeningsForSeeker(seekerIds[i % seekerIds.Length], 20, Today);
            }
            return queries;
        });

        // Each update leaves its profile's old pool entries behind: 40,000 seeker and 80,000 opening updates pass the compaction threshold.
        for (int i = 0; i < 40_000; i++)
        {
            var id = seekerIds[r.Next(seekerIds.Length)];
            seekers[id] = pop.Seeker() with { Id = id };
            index.Upsert(seekers[id]);
            for (int k = 0; k < 2; k++)
            {
                var openingId = openingIds[r.Next(openingIds.Length)];
                openings[openingId] = pop.Opening() with { Id = openingId };
                index.Upsert(openings[openingId]);
            }
            if (i % 1000 == 0)
            {
                // Removals and additions too, so freed slots take part in a compaction.
                var gone = seekerIds[r.Next(seekerIds.Length)];
                if (seekers.Remove(gone)) Assert.True(index.RemoveSeeker(gone));
                var added = pop.Seeker() with { Id = gone };
                seekers[gone] = added;
                index.Upsert(added);
            }
        }
        stop.Cancel();
        Assert.True(await reader > 0);

        var (seekerCompactions, openingCompactions) = index.Compactions;
        Assert.True(seekerCompactions >= 2, $"{seekerCompactions} seeker compactions");
        Assert.True(openingCompactions >= 1, $"{openingCompactions} opening compactions");

        var fresh = Index();
        fresh.Rebuild(seekers.Values, openings.Values);
        var ranker = Ranker();
        foreach (var o in openings.Values)
        {
            var answer = Describe(index.TopSeekersForOpening(o.Id, 20, Today)!);
            Assert.Equal(Describe(fresh.TopSeekersForOpening(o.Id, 20, Today)!), answer);
            Assert.Equal(Describe(ranker.TopSeekersForOpening(o, seekers.Values, 20, Today)), answer);
        }
        foreach (var s in seekers.Values.Take(300))
        {
            var answer = Describe(index.TopOpeningsForSeeker(s.Id, 20, Today)!);
            Assert.Equal(Describe(fresh.TopOpeningsForSeeker(s.Id, 20, Today)!), answer);
            Assert.Equal(Describe(ranker.TopOpeningsForSeeker(s, openings.Values, 20, Today)), answer);
        }
    }
}
