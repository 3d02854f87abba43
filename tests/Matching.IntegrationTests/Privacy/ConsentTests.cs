using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Matching.IntegrationTests.Infrastructure;
using Matching.IntegrationTests.Live;

namespace Matching.IntegrationTests.Privacy;

public sealed class ConsentTests(MatchingApiFactory factory) : IClassFixture<MatchingApiFactory>
{
    [Fact]
    public async Task Each_consent_is_recorded_with_its_time_purpose_text_version_and_who_took_it()
    {
        var counsellor = await factory.ClientForRoleAsync("Counsellor");
        var body = Bodies.Seeker();
        body["consentToShare"] = true;
        var seeker = await HttpAssert.JsonAsync(await counsellor.PostAsJsonAsync("/api/seekers", body), HttpStatusCode.Created);
        var id = seeker.GetProperty("id").GetGuid();
        Assert.True(seeker.GetProperty("consentToShare").GetBoolean());

        var withdrawn = await HttpAssert.JsonAsync(await counsellor.PostAsJsonAsync($"/api/seekers/{id}/consents",
            new { kind = "ShareWithEmployer", given = false }), HttpStatusCode.Created);
        Assert.False(withdrawn.GetProperty("given").GetBoolean());
        await HttpAssert.ValidationErrorAsync(await counsellor.PostAsJsonAsync($"/api/seekers/{id}/consents", new { kind = "Marketing", given = true }), "kind");
        await HttpAssert.ValidationErrorAsync(await counsellor.PostAsJsonAsync($"/api/seekers/{id}/consents", new { kind = "Matching" }), "given");

        var history = await HttpAssert.JsonAsync(await counsellor.GetAsync($"/api/seekers/{id}/consents"), HttpStatusCode.OK);
        var records = history.EnumerateArray().Select(r => (
            Kind: r.GetProperty("kind").GetString(), Given: r.GetProperty("given").GetBoolean(),
            Version: r.GetProperty("purposeVersion").GetString(), By: r.GetProperty("takenByEmail").GetString(), At: r.GetProperty("at").GetDateTimeOffset())).ToList();
        Assert.Equal([("Matching", true), ("ShareWithEmployer", true), ("ShareWithEmployer", false)], records.Select(r => (r.Kind, r.Given)));
        Assert.Equal(["2026-11-21", "2026-12-02", "2026-12-02"], records.Select(r => r.Version));
        Assert.All(records, r => Assert.StartsWith("counsellor-", r.By));
        Assert.All(records, r => Assert.InRange(r.At, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1)));

        // Withdrawal erases the profile but keeps the proof of every consent, ending with both withdrawn.
        Assert.Equal(HttpStatusCode.NoContent, (await counsellor.DeleteAsync($"/api/seekers/{id}")).StatusCode);
        var after = await HttpAssert.JsonAsync(await counsellor.GetAsync($"/api/seekers/{id}/consents"), HttpStatusCode.OK);
        Assert.Equal(("Matching", false), (after.EnumerateArray().Last().GetProperty("kind").GetString(), after.EnumerateArray().Last().GetProperty("given").GetBoolean()));
    }

    [Fact]
    public async Task Withdrawing_consent_to_matching_takes_the_seeker_out_of_every_list_at_once_and_giving_it_back_returns_them()
    {
        var counsellor = await factory.ClientForRoleAsync("Counsellor");
        var (seekerId, _, openingId, _) = await PrivacyWorld.CreateAsync(await factory.LoginAsync(), counsellor, 77);
        Assert.True(Listed(await counsellor.GetFromJsonAsync<JsonElement>($"/api/openings/{openingId}/matches?top=100"), seekerId));

        await HttpAssert.JsonAsync(await counsellor.PostAsJsonAsync($"/api/seekers/{seekerId}/consents", new { kind = "Matching", given = false }), HttpStatusCode.Created);
        Assert.False(Listed(await counsellor.GetFromJsonAsync<JsonElement>($"/api/openings/{openingId}/matches?top=100"), seekerId));
        Assert.Empty((await counsellor.GetFromJsonAsync<JsonElement>($"/api/seekers/{seekerId}/matches")).GetProperty("matches").EnumerateArray());

        await HttpAssert.JsonAsync(await counsellor.PostAsJsonAsync($"/api/seekers/{seekerId}/consents", new { kind = "Matching", given = true }), HttpStatusCode.Created);
        Assert.True(Listed(await counsellor.GetFromJsonAsync<JsonElement>($"/api/openings/{openingId}/matches?top=100"), seekerId));
    }

    [LiveFact]
    public async Task A_client_watching_an_opening_sees_the_seeker_leave_its_list_when_consent_is_withdrawn()
    {
        var database = Path.Combine(Path.GetTempPath(), $"matching-consent-{Guid.NewGuid():N}.db");
        await using var api = await HostProcess.StartApiAsync(LiveClient.Settings("Sqlite", $"Data Source={database}"));
        var client = await LiveClient.SignInAsync(api.BaseUrl!);
        var openingId = await client.OpeningAsync(9_101);
        await using var subscriber = await NodeSubscriber.StartAsync(api.BaseUrl!, client.Token, "SubscribeOpening", openingId);
        var seekerId = await client.SeekerAsync("한동의");
        await subscriber.NextPushAsync(TimeSpan.FromSeconds(30), p => LiveClient.Contains(p, seekerId));

        var withdrawn = await client.Http.PostAsJsonAsync($"/api/seekers/{seekerId}/consents", new { kind = "Matching", given = false });
        Assert.Equal(HttpStatusCode.Created, withdrawn.StatusCode);

        var push = await subscriber.NextPushAsync(TimeSpan.FromSeconds(30), p => !LiveClient.Contains(p, seekerId)).WithHostOutput(api);
        Assert.Equal(openingId, push.GetProperty("id").GetGuid());
    }

    private static bool Listed(JsonElement list, Guid seekerId) =>
        list.GetProperty("matches").EnumerateArray().Any(m => m.GetProperty("seekerId").GetGuid() == seekerId);
}
