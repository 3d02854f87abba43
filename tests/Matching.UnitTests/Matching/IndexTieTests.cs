using Matching.Domain.Matching;
using Matching.Domain.Profiles;
using static Matching.UnitTests.Matching.MatchingFixtures;

namespace Matching.UnitTests.Matching;

/// <summary>
/// Populations where hundreds of seekers tie exactly, as in the HTTP bench's (every seeker of a 시군구 at one point):
/// the index settles a candidate that can at best tie the worst kept on its id, mostly without scoring it, and must
/// still give exactly what a brute-force scan gives.
/// </summary>
public class IndexTieTests
{
    public enum IdOrder { Ascending, Descending, Random }

    // Three places a few km apart (sub-cells of one map cell and the next), a commute-bus stop, and no place at all.
    private static readonly (double? Lat, double? Lon)[] Places = [(Lat, Lon), (Lat, LonAt(2)), (Lat + 0.02, LonAt(7)), (37.5690, 126.6737), (null, null)];

    private static List<string> Describe(IEnumerable<ScoredMatch> matches)
        => [.. matches.Select(m => $"{m.SeekerId}/{m.OpeningId}/{m.Score}/{m.Widened}/{string.Join("|", m.Reasons)}")];

    private sealed class Ids(IdOrder order)
    {
        private readonly Random _random = new(7);
        private int _n;

        // Version-7-like ids in the order given: the import stores them so, and the index posts them in that order.
        public Guid Next() => order switch
        {
            IdOrder.Ascending => new Guid(1_000_000 + _n++, 0, 0x7000, 0, 0, 0, 0, 0, 0, 0, 0),
            IdOrder.Descending => new Guid(1_000_000 - _n++, 0, 0x7000, 0, 0, 0, 0, 0, 0, 0, 0),
            _ => Random(),
        };

        public Guid Random()
        {
            Span<byte> bytes = stackalloc byte[16];
            _random.NextBytes(bytes);
            return new Guid(bytes);
        }
    }

    private static SeekerProfile Tied(Guid id, int i) => Seeker(i % 7 == 0 ? "5502" : "5501") with
    {
        Id = id,
        Latitude = Places[i % Places.Length].Lat,
        Longitude = Places[i % Places.Length].Lon,
        DesiredWageUnit = WageUnit.Hourly,
        DesiredWage = 10_000 + i / Places.Length % 3 * 1_000,
        Skills = ["상담"],
    };

    private static void AssertSame(EmbeddedCandidateIndex index, Dictionary<Guid, SeekerProfile> seekers, IEnumerable<OpeningProfile> openings, int top)
    {
        var ranker = Ranker();
        foreach (var o in openings)
        {
            Assert.Equal(Describe(ranker.TopSeekersForOpening(o, seekers.Values, top, Today)), Describe(index.TopSeekersForOpening(o.Id, top, Today)!));
        }
    }

    [Theory]
    [InlineData(IdOrder.Ascending)]
    [InlineData(IdOrder.Descending)]
    [InlineData(IdOrder.Random)]
    public void Index_equals_brute_force_when_hundreds_of_seekers_tie(IdOrder order)
    {
        var ids = new Ids(order);
        var seekers = Enumerable.Range(0, 1500).Select(i => Tied(ids.Next(), i)).ToDictionary(s => s.Id);
        var openings = Places.Take(3).Select(p => Opening() with { Latitude = p.Lat!.Value, Longitude = p.Lon!.Value })
            .Append(Opening() with { WageMin = 10_500 }).Append(Opening("5502")).ToList();
        var index = Index();
        index.Rebuild(seekers.Values, openings);

        foreach (var top in new[] { 1, 5, 20, 100 })
        {
            AssertSame(index, seekers, openings, top);
        }

        // Seekers arriving after the build rank by the boundaries drawn then: all above them, all below, or among them.
        var late = new Ids(order == IdOrder.Ascending ? IdOrder.Descending : IdOrder.Ascending);
        for (int i = 0; i < 300; i++)
        {
            var s = Tied(i % 3 == 0 ? late.Random() : late.Next(), i);
            seekers[s.Id] = s;
            index.Upsert(s);
        }

        foreach (var id in seekers.Keys.Where((_, i) => i % 10 == 0).ToList())
        {
            seekers[id] = Tied(id, id.GetHashCode() & 0xFFFF);
            index.Upsert(seekers[id]);
        }

        foreach (var top in new[] { 1, 20, 100 })
        {
            AssertSame(index, seekers, openings, top);
        }
    }

    [Theory]
    [InlineData(IdOrder.Ascending)]
    [InlineData(IdOrder.Random)]
    public void Ties_with_the_worst_kept_are_mostly_settled_without_scoring(IdOrder order)
    {
        var ids = new Ids(order);
        var seekers = Enumerable.Range(0, 5000).Select(i => Tied(ids.Next(), i)).ToList();
        var opening = Opening();
        var index = Index();
        index.Rebuild(seekers, [opening]);

        var top = index.TopSeekersForOpening(opening.Id, 20, Today)!;
        int scored = EmbeddedCandidateIndex.t_scored;
        int tied = Ranker().TopSeekersForOpening(opening, seekers, seekers.Count, Today).Count(m => m.Score == top[^1].Score);

        // Otherwise the test above would not have exercised the tie rule at all.
        Assert.True(tied > 400, $"only {tied} seekers tie with the 20th");
        Assert.True(scored < tied / 2, $"{scored} scored for {tied} tied");
    }
}
