using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Matching.IntegrationTests.Infrastructure;

namespace Matching.IntegrationTests.Import;

/// <summary>
/// A centre's records include seekers registered without a 희망직종 (직종 미분류): the import takes them when they
/// were registered before today, the tables count them outside the 직종 rows, and no list suggests them until a
/// counsellor completes the profile. Registering one through the API stays refused.
/// </summary>
public sealed class UnclassifiedSeekerTests : IClassFixture<MatchingApiFactory>
{
    // A period no other test of this class writes to, so the counts are these lines' alone.
    private const string RegisteredOn = "2019-03-07";

    private readonly MatchingApiFactory factory;

    public UnclassifiedSeekerTests(MatchingApiFactory factory) => this.factory = factory;

    [Fact]
    public async Task A_historical_seeker_without_an_occupation_counts_in_totals_and_is_matched_only_once_completed()
    {
        var client = await factory.LoginAsync();
        var employer = await HttpAssert.JsonAsync(await client.PostAsJsonAsync("/api/employers", Bodies.Employer(Bodies.BusinessNumber(19_037))), HttpStatusCode.Created);
        var opening = await HttpAssert.JsonAsync(await client.PostAsJsonAsync("/api/openings", Bodies.Opening(employer.GetProperty("id").GetGuid())), HttpStatusCode.Created);
        var openingId = opening.GetProperty("id").GetGuid();

        var job = await Imports.RunAsync(client, "seekers", Imports.Ndjson(
        [
            Line("미분류과거", b => b.Remove("desiredOccupations")),
            Line("분류과거", _ => { }),
            Line("미분류오늘", b => { b.Remove("desiredOccupations"); b["registeredOn"] = Bodies.Today; }),
            Line("미분류날짜없음", b => { b.Remove("desiredOccupations"); b.Remove("registeredOn"); }),
            Line("미분류빈목록", b => b["desiredOccupations"] = Array.Empty<string>()),
        ]));

        Assert.Equal((3, 2), (job.GetProperty("accepted").GetInt32(), job.GetProperty("rejected").GetInt32()));
        var errors = job.GetProperty("errors").EnumerateArray().ToDictionary(e => e.GetProperty("line").GetInt32(), e => e.GetProperty("message").GetString()!);
        Assert.Equal([3, 4], errors.Keys);
        Assert.StartsWith("desiredOccupations:", errors[3]);
        Assert.Contains("desiredOccupations:", errors[4]);

        var unclassified = await SeekerIdAsync(client, "미분류과거");
        var classified = await SeekerIdAsync(client, "분류과거");
        var read = await client.GetAsync($"/api/seekers/{unclassified}");
        Assert.Equal(0, (await HttpAssert.JsonAsync(read, HttpStatusCode.OK)).GetProperty("desiredOccupations").GetArrayLength());

        // Both would suit the opening; only the classified one is in the engine's answers.
        Assert.Equal([classified], await CandidatesAsync(client, openingId, unclassified, classified));
        var own = await HttpAssert.JsonAsync(await client.GetAsync($"/api/seekers/{unclassified}/matches"), HttpStatusCode.OK);
        Assert.Equal(0, own.GetProperty("matches").GetArrayLength());

        var report = await HttpAssert.JsonAsync(await client.GetAsync($"/api/stats/labour-market?from={RegisteredOn}&to={RegisteredOn}"), HttpStatusCode.OK);
        Assert.Equal(3, report.GetProperty("total").GetProperty("newSeekers").GetInt32());
        Assert.Equal(1, Sum(report, "byOccupation"));
        Assert.Equal(3, Sum(report, "byGender"));
        Assert.Equal(3, Sum(report, "byAgeBand"));

        var completed = Bodies.Seeker();
        completed["name"] = "미분류과거";
        await HttpAssert.JsonAsync(await client.PutWithVersionAsync($"/api/seekers/{unclassified}", completed, read.Headers.ETag!.Tag), HttpStatusCode.OK);
        Assert.Equal(new[] { classified, unclassified }.Order(), (await CandidatesAsync(client, openingId, unclassified, classified)).Order());
        Assert.NotEqual(0, (await HttpAssert.JsonAsync(await client.GetAsync($"/api/seekers/{unclassified}/matches"), HttpStatusCode.OK))
            .GetProperty("matches").GetArrayLength());
    }

    [Fact]
    public async Task Registering_a_seeker_through_the_api_still_needs_an_occupation()
    {
        var client = await factory.ClientForRoleAsync("Counsellor");
        var body = Bodies.Seeker();
        body.Remove("desiredOccupations");
        body["registeredOn"] = RegisteredOn;

        await HttpAssert.ValidationErrorAsync(await client.PostAsJsonAsync("/api/seekers", body), "desiredOccupations");
    }

    private static Dictionary<string, object?> Line(string name, Action<Dictionary<string, object?>> change)
    {
        var body = Bodies.Seeker();
        body["name"] = name;
        body["registeredOn"] = RegisteredOn;
        body["acceptsAnyOccupation"] = true;
        change(body);
        return body;
    }

    private static async Task<Guid> SeekerIdAsync(HttpClient client, string name)
    {
        var found = await HttpAssert.JsonAsync(await client.GetAsync($"/api/seekers?q={Uri.EscapeDataString(name)}"), HttpStatusCode.OK);
        return found.EnumerateArray().Single(s => s.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
    }

    /// <summary>Which of these seekers the engine names for the opening.</summary>
    private static async Task<List<Guid>> CandidatesAsync(HttpClient client, Guid openingId, params Guid[] seekers)
    {
        var list = await HttpAssert.JsonAsync(await client.GetAsync($"/api/openings/{openingId}/matches?top=100"), HttpStatusCode.OK);
        return list.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("seekerId").GetGuid()).Where(seekers.Contains).ToList();
    }

    private static int Sum(JsonElement report, string rows) =>
        report.GetProperty(rows).EnumerateArray().Sum(r => r.GetProperty("newSeekers").GetInt32());
}
