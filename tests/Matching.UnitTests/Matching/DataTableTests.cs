using Matching.Domain.Matching;
using static Matching.UnitTests.Matching.MatchingFixtures;

namespace Matching.UnitTests.Matching;

public class DataTableTests
{
    [Fact]
    public void Every_related_occupation_code_exists_in_KECO_2018()
    {
        Assert.NotEmpty(Related.Pairs);
        Assert.All(Related.Pairs, p =>
        {
            Assert.NotNull(Names.NameOf(p.From));
            Assert.NotNull(Names.NameOf(p.To));
            Assert.InRange(p.Score, 0.0, 1.0);
        });
        Assert.Contains(Related.Pairs, p => p.From == "5501" && p.To == "3075");
        Assert.Contains(Related.Pairs, p => p.From == "3075" && p.To == "5501");
    }

    [Fact]
    public void Commute_bus_routes_of_the_seeds_are_shipped()
    {
        Assert.Equal(3, Routes.Parks.Count);
        Assert.Equal(2, Routes.Parks[Routes.IndexOf("뷰티풀파크")].Routes.Count);
        Assert.Equal(2, Routes.Parks[Routes.IndexOf("I-FOOD PARK")].Routes.Count);
        Assert.Single(Routes.Parks[Routes.IndexOf("청라IHP")].Routes);
        Assert.Equal(Routes.IndexOf("검단산단"), Routes.IndexOf("검단 산단"));
        Assert.Equal(-1, Routes.IndexOf("남동산단"));
        Assert.All(Routes.Parks.SelectMany(p => p.Routes).SelectMany(r => r.Stops), s =>
        {
            Assert.InRange(s.Latitude, 37.4, 37.7);
            Assert.InRange(s.Longitude, 126.5, 126.8);
        });
    }

    [Fact]
    public void Tables_parse_from_text()
    {
        var related = RelatedOccupations.Parse(new StringReader("code_a\tcode_b\tscore\tnote\n5501\t3075\t0.7\tx\n"));
        Assert.Equal(2, related.Pairs.Count);
        Assert.Throws<ArgumentException>(() => RelatedOccupations.Parse(new StringReader("h\n55x1\t3075\t0.7\tx\n")));
        var routes = CommuteBusRoutes.Parse(new StringReader("h\nP\t공단\tA|B\t1노선\t1\t정류장\t37.5\t126.6\n"));
        Assert.Equal(0, routes.IndexOf("b"));
    }

    [Theory]
    [InlineData("5501", "5501", 4)]
    [InlineData("5501", "5502", 3)]
    [InlineData("5501", "56", 1)]
    [InlineData("55", "5501", 2)]
    [InlineData("0", "0210", 1)]
    [InlineData("0272", "5501", 0)]
    public void KECO_codes_share_prefix_levels(string a, string b, int depth)
        => Assert.Equal(depth, OccCode.CommonDepth(OccCode.Parse(a), OccCode.Parse(b)));

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("55a")]
    [InlineData(null)]
    public void Invalid_codes_are_rejected(string? code) => Assert.Equal(OccCode.None, OccCode.Parse(code));

    [Fact]
    public void Codes_round_trip() => Assert.Equal("0210", OccCode.ToCode(OccCode.Parse("0210")));
}
