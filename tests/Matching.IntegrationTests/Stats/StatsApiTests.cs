using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Matching.Domain.Occupations;
using Matching.IntegrationTests.Infrastructure;

namespace Matching.IntegrationTests.Stats;

/// <summary>The service's tables for 인천 서구 2024 equal the published ones, once the centre's records are in.</summary>
public sealed class StatsApiTests : IClassFixture<SeoGuFactory>
{
    private readonly SeoGuFactory factory;

    public StatsApiTests(SeoGuFactory factory) => this.factory = factory;

    [Fact]
    public async Task The_2024_tables_equal_the_published_seo_gu_figures()
    {
        var client = await factory.LoadedClientAsync();
        var report = await HttpAssert.JsonAsync(await client.GetAsync("/api/stats/labour-market?from=2024-01-01&to=2024-12-31"), HttpStatusCode.OK);
        var year = SeoGuTables.Y2024;

        var total = report.GetProperty("total");
        Assert.Equal((year.Openings, year.Seekers, year.Placements), (Int(total, "openingsHeadcount"), Int(total, "newSeekers"), Int(total, "placements")));
        Assert.Equal((year.Ratio, year.Rate), (Dec(total, "openingsPerSeeker"), Dec(total, "placementRate")));

        var occupations = report.GetProperty("byOccupation").EnumerateArray().ToList();
        Assert.Equal(35, occupations.Count);
        Assert.Equal(OccupationCatalog.Keco2018.MiddleGroups.Select(g => g.Code), occupations.Select(o => o.GetProperty("key").GetString()));
        for (var i = 0; i < 35; i++)
        {
            var (openings, seekers, ratio) = SeoGuTables.Occupations2024[i];
            var row = occupations[i];
            Assert.True((openings, seekers, ratio) == (Int(row, "openingsHeadcount"), Int(row, "newSeekers"), Dec(row, "openingsPerSeeker")),
                $"row {i} {row.GetProperty("name")}: {row}");
        }

        AssertRows(report.GetProperty("byGender"), ["남", "여"], year.SeekersByGender, year.PlacementsByGender, year.RateByGender);
        AssertRows(report.GetProperty("byAgeBand"), ["29세 이하", "30대", "40대", "50대", "60세 이상"], year.SeekersByAge, year.PlacementsByAge, year.RateByAge);
    }

    [Fact]
    public async Task The_year_on_year_view_gives_the_published_changes()
    {
        var client = await factory.LoadedClientAsync();
        var yoy = await HttpAssert.JsonAsync(await client.GetAsync("/api/stats/labour-market/year-on-year?from=2024-01-01&to=2024-12-31"), HttpStatusCode.OK);

        var total = yoy.GetProperty("total");
        AssertChange(total.GetProperty("openingsHeadcount"), 37_586, 31_544, -6_042, -16.1m);
        AssertChange(total.GetProperty("newSeekers"), 63_407, 62_237, -1_170, -1.8m);
        AssertChange(total.GetProperty("openingsPerSeeker"), 0.6m, 0.5m, -0.1m, null);
        AssertChange(total.GetProperty("placements"), 19_720, 19_499, -221, -1.1m);
        AssertChange(total.GetProperty("placementRate"), 31.1m, 31.3m, 0.2m, null);

        var ages = yoy.GetProperty("byAgeBand").EnumerateArray().ToList();
        AssertChange(ages[4].GetProperty("newSeekers"), 12_117, 12_956, 839, 6.9m);
        AssertChange(ages[2].GetProperty("placementRate"), 28.7m, 30.5m, 1.8m, null);
        var genders = yoy.GetProperty("byGender").EnumerateArray().ToList();
        AssertChange(genders[0].GetProperty("placements"), 8_360, 8_771, 411, 4.9m);
        AssertChange(genders[1].GetProperty("placementRate"), 30.3m, 30.3m, 0.0m, null);
    }

    [Fact]
    public async Task The_csv_export_is_utf8_with_a_byte_order_mark_so_excel_reads_the_korean()
    {
        var client = await factory.LoadedClientAsync();
        var response = await client.GetAsync("/api/stats/labour-market?from=2024-01-01&to=2024-12-31&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.Contains("전체,total,전체,31544,62237,0.5,19499,31.3\r\n", text);
        Assert.Contains("직종,55,돌봄 서비스직(간병·육아),5026,4095,1.2,", text);
        Assert.Contains("연령대,60+,60세 이상,", text);
        var yoy = await client.GetAsync("/api/stats/labour-market/year-on-year?from=2024-01-01&to=2024-12-31&format=csv");
        Assert.Contains("전체,total,전체,신규구인인원,37586,31544,-6042,-16.1\r\n", Encoding.UTF8.GetString(await yoy.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task A_period_without_dates_or_backwards_is_a_validation_error()
    {
        var client = await factory.LoginAsync();
        await HttpAssert.ValidationErrorAsync(await client.GetAsync("/api/stats/labour-market?to=2024-12-31"), "from");
        await HttpAssert.ValidationErrorAsync(await client.GetAsync("/api/stats/labour-market?from=2024-12-31&to=2024-01-01"), "to");
        await HttpAssert.ValidationErrorAsync(await client.GetAsync("/api/stats/labour-market?from=2024-01-01&to=2024-12-31&format=xls"), "format");
    }

    private static void AssertRows(JsonElement rows, string[] names, int[] seekers, int[] placements, decimal[] rates)
    {
        var list = rows.EnumerateArray().ToList();
        Assert.Equal(names, list.Select(r => r.GetProperty("name").GetString()));
        Assert.Equal(seekers, list.Select(r => Int(r, "newSeekers")));
        Assert.Equal(placements, list.Select(r => Int(r, "placements")));
        Assert.Equal(rates, list.Select(r => Dec(r, "placementRate")));
    }

    private static void AssertChange(JsonElement change, decimal previous, decimal current, decimal difference, decimal? rate)
    {
        Assert.Equal(previous, change.GetProperty("previous").GetDecimal());
        Assert.Equal(current, change.GetProperty("current").GetDecimal());
        Assert.Equal(difference, change.GetProperty("difference").GetDecimal());
        Assert.Equal(rate, change.GetProperty("rate").ValueKind == JsonValueKind.Null ? null : change.GetProperty("rate").GetDecimal());
    }

    private static int Int(JsonElement row, string name) => row.GetProperty(name).GetInt32();

    private static decimal Dec(JsonElement row, string name) => row.GetProperty(name).GetDecimal();
}
