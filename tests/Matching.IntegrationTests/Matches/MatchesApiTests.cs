using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Matching.IntegrationTests.Infrastructure;

namespace Matching.IntegrationTests.Matches;

public sealed class MatchesApiTests : IClassFixture<MatchingApiFactory>
{
    private static int businessSeed = 5_000;
    private readonly MatchingApiFactory factory;

    public MatchesApiTests(MatchingApiFactory factory) => this.factory = factory;

    private async Task<(HttpClient Counsellor, Guid EmployerId, Guid OpeningId)> OpeningAsync()
    {
        var counsellor = await factory.ClientForRoleAsync("Counsellor");
        var employer = await HttpAssert.JsonAsync(await counsellor.PostAsJsonAsync("/api/employers",
            Bodies.Employer(Bodies.BusinessNumber(Interlocked.Increment(ref businessSeed)))), HttpStatusCode.Created);
        var employerId = employer.GetProperty("id").GetGuid();
        var opening = await HttpAssert.JsonAsync(await counsellor.PostAsJsonAsync("/api/openings", Bodies.Opening(employerId)), HttpStatusCode.Created);
        return (counsellor, employerId, opening.GetProperty("id").GetGuid());
    }

    private static async Task<Guid> SeekerAsync(HttpClient counsellor, Action<Dictionary<string, object?>>? change = null)
    {
        var body = Bodies.Seeker();
        change?.Invoke(body);
        return (await HttpAssert.JsonAsync(await counsellor.PostAsJsonAsync("/api/seekers", body), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
    }

    private static JsonElement? Find(JsonElement list, string idProperty, Guid id) =>
        list.GetProperty("matches").EnumerateArray().Cast<JsonElement?>().FirstOrDefault(m => m!.Value.GetProperty(idProperty).GetGuid() == id);

    [Fact]
    public async Task A_fitting_seeker_appears_in_the_openings_matches_with_reasons_and_the_opening_in_the_seekers()
    {
        var (counsellor, _, openingId) = await OpeningAsync();
        var seekerId = await SeekerAsync(counsellor);

        var forOpening = await HttpAssert.JsonAsync(await counsellor.GetAsync($"/api/openings/{openingId}/matches"), HttpStatusCode.OK);
        var match = Find(forOpening, "seekerId", seekerId) ?? throw new Xunit.Sdk.XunitException("seeker not suggested");
        Assert.Equal("김영숙", match.GetProperty("displayName").GetString());
        Assert.InRange(match.GetProperty("score").GetDouble(), 50, 100);
        Assert.Equal(1.0, match.GetProperty("components").GetProperty("occupation").GetDouble());
        Assert.Contains(match.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("요양 보호사 및 간병인"));

        var forSeeker = await HttpAssert.JsonAsync(await counsellor.GetAsync($"/api/seekers/{seekerId}/matches?top=5"), HttpStatusCode.OK);
        var opening = Find(forSeeker, "openingId", openingId) ?? throw new Xunit.Sdk.XunitException("opening not suggested");
        Assert.Equal("(주)청라케어", opening.GetProperty("employerName").GetString());
        Assert.Equal("요양보호사 (주간보호센터)", opening.GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_worker_stores_the_list_and_its_version_reaches_the_rest_answer()
    {
        var (counsellor, _, openingId) = await OpeningAsync();
        var seekerId = await SeekerAsync(counsellor);

        var deadline = DateTime.UtcNow.AddSeconds(15);
        JsonElement list;
        do
        {
            list = await HttpAssert.JsonAsync(await counsellor.GetAsync($"/api/openings/{openingId}/matches"), HttpStatusCode.OK);
            if (list.GetProperty("version").GetInt64() > 0)
            {
                break;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        Assert.True(list.GetProperty("version").GetInt64() > 0, "the worker stored no list for the opening within 15 s");
        Assert.NotNull(Find(list, "seekerId", seekerId));
    }

    [Fact]
    public async Task A_seeker_without_the_required_certificate_is_not_suggested()
    {
        var (counsellor, _, openingId) = await OpeningAsync();
        var without = await SeekerAsync(counsellor, b => b["certificates"] = Array.Empty<string>());

        var list = await HttpAssert.JsonAsync(await counsellor.GetAsync($"/api/openings/{openingId}/matches?top=100"), HttpStatusCode.OK);
        Assert.Null(Find(list, "seekerId", without));
    }

    [Fact]
    public async Task An_employer_sees_its_candidates_anonymised()
    {
        var (counsellor, employerId, openingId) = await OpeningAsync();
        var seekerId = await SeekerAsync(counsellor);
        var employer = await factory.ClientForRoleAsync("Employer", employerId);

        var list = await HttpAssert.JsonAsync(await employer.GetAsync($"/api/openings/{openingId}/matches"), HttpStatusCode.OK);
        var match = Find(list, "seekerId", seekerId) ?? throw new Xunit.Sdk.XunitException("seeker not suggested");
        Assert.StartsWith("구직자 #", match.GetProperty("displayName").GetString());
        Assert.DoesNotContain("김영숙", list.GetRawText());
        Assert.DoesNotContain("010-1234-5678", list.GetRawText());
        await HttpAssert.ProblemAsync(await employer.GetAsync($"/api/seekers/{seekerId}/matches"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_withdrawn_seeker_leaves_the_suggestion_list_at_once()
    {
        var (counsellor, _, openingId) = await OpeningAsync();
        var seekerId = await SeekerAsync(counsellor);
        Assert.NotNull(Find(await HttpAssert.JsonAsync(await counsellor.GetAsync($"/api/openings/{openingId}/matches?top=100"), HttpStatusCode.OK), "seekerId", seekerId));

        Assert.Equal(HttpStatusCode.NoContent, (await counsellor.DeleteAsync($"/api/seekers/{seekerId}")).StatusCode);

        Assert.Null(Find(await HttpAssert.JsonAsync(await counsellor.GetAsync($"/api/openings/{openingId}/matches?top=100"), HttpStatusCode.OK), "seekerId", seekerId));
        await HttpAssert.ProblemAsync(await counsellor.GetAsync($"/api/seekers/{seekerId}/matches"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task Top_outside_1_to_100_is_a_400(int top)
    {
        var (counsellor, _, openingId) = await OpeningAsync();
        await HttpAssert.ValidationErrorAsync(await counsellor.GetAsync($"/api/openings/{openingId}/matches?top={top}"), "top");
    }
}
