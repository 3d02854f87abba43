using Matching.Domain.Regions;

namespace Matching.UnitTests.Regions;

public class RegionDataParsingTests
{
    private const string Header = "sido\tsigungu\tlatitude\tlongitude\tstatus\n";

    private static RegionCatalog Parse(string body) => RegionCatalog.Parse(new StringReader(Header + body));

    [Fact]
    public void A_small_file_parses_with_sido_rows_districts_and_legacy_names()
    {
        var catalog = Parse("시도A\t\t37.5\t127.0\n시도A\t가구\t37.51\t127.01\n시도A\t나구\t37.52\t127.02\tlegacy\n");

        Assert.Equal(["시도A"], catalog.Sidos);
        Assert.Equal((37.5, 127.0), catalog.CentroidOf("시도A"));
        Assert.Equal([new Region("시도A", "가구", 37.51, 127.01)], catalog.SigunguOf("시도A"));
        Assert.True(catalog.TryFind("시도A", "나구", out var legacy));
        Assert.True(legacy.IsLegacy);
    }

    [Theory]
    [InlineData("시도A\t\t37.5\t127.0\n시도A\t가구\tabc\t127.0\n")]
    [InlineData("시도A\t\t37.5\t127.0\n시도A\t가구\t37.5\n")]
    [InlineData("시도A\t\t37.5\t127.0\n시도A\t가구\t37.5\t127.0\tcurrent\n")]
    [InlineData("시도A\t\t37.5\t127.0\n시도A\t가구\t127.0\t37.5\n")]
    public void A_malformed_row_is_reported_with_its_line(string body)
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse(body));
        Assert.Contains("line 3", error.Message);
    }

    [Theory]
    [InlineData("시도A\t\t37.5\t127.0\n시도B\t가구\t37.5\t127.0\n")]
    [InlineData("시도A\t\t37.5\t127.0\n시도A\t가구\t37.5\t127.0\n시도A\t가 구\t37.5\t127.0\n")]
    [InlineData("시도A\t\t37.5\t127.0\n시도A\t\t37.5\t127.0\n")]
    public void Unknown_sido_or_duplicate_names_are_refused(string body)
        => Assert.Throws<ArgumentException>(() => Parse(body));
}
