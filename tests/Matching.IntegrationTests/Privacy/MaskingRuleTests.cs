using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Matching.Application.Common;
using Matching.Application.Referrals;
using Matching.Domain.Privacy;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Privacy;

/// <summary>
/// One masking rule in API answers, CSV exports and what the pages show: counsellors see 김영숙 and 010-1234-5678,
/// organisers 김*숙 and 010-****-5678, employers 구직자 #XXXX and no contact data until a referral they accepted
/// and the seeker's consent to share.
/// </summary>
public sealed class MaskingRuleTests(MatchingApiFactory factory) : IClassFixture<MatchingApiFactory>
{
    [Fact]
    public async Task Organisers_see_names_and_phones_masked_in_answers_and_in_the_attendance_csv()
    {
        var counsellor = await factory.ClientForRoleAsync("Counsellor");
        var organiser = await factory.ClientForRoleAsync("Organiser");
        var world = await PrivacyWorld.CreateAsync(await factory.LoginAsync(), counsellor, 601);

        var matches = await organiser.GetFromJsonAsync<JsonElement>($"/api/openings/{world.OpeningId}/matches");
        Assert.Equal("김*숙", Candidate(matches, world.SeekerId).GetProperty("displayName").GetString());
        var booths = await organiser.GetFromJsonAsync<JsonElement>($"/api/events/{world.EventId}/booths");
        Assert.Equal("김*숙", booths.EnumerateArray().Single().GetProperty("next").GetProperty("seekerName").GetString());

        var masked = await CsvAsync(organiser, world.EventId);
        Assert.Contains("김*숙,1968,010-****-5678,사전 등록", masked);
        Assert.DoesNotContain("김영숙", masked);
        Assert.DoesNotContain("1234", masked);
        Assert.Contains("김영숙,1968,010-1234-5678,사전 등록", await CsvAsync(counsellor, world.EventId));
        Assert.Equal("김영숙", Candidate(await counsellor.GetFromJsonAsync<JsonElement>($"/api/openings/{world.OpeningId}/matches"), world.SeekerId)
            .GetProperty("displayName").GetString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Employers_get_no_contact_data_before_they_accept_a_referral_and_only_with_the_seeker_s_consent(bool consentToShare)
    {
        var counsellor = await factory.ClientForRoleAsync("Counsellor");
        var world = await PrivacyWorld.CreateAsync(await factory.LoginAsync(), counsellor, consentToShare ? 603 : 602, consentToShare);
        var employer = await factory.ClientForRoleAsync("Employer", world.EmployerId);
        var employerActor = new Actor(null, Roles.Employer, world.EmployerId);
        var referral = (await HttpAssert.JsonAsync(await counsellor.PostAsJsonAsync("/api/referrals", new { seekerId = world.SeekerId, openingId = world.OpeningId }),
            HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var matches = await employer.GetStringAsync($"/api/openings/{world.OpeningId}/matches");
        Assert.Contains(AnonymousName.For(world.SeekerId), matches);
        Assert.DoesNotContain("김영숙", matches);
        Assert.DoesNotContain("010-1234-5678", matches);

        var referred = Assert.Single(await ReferralsForAsync(employerActor, world.OpeningId));
        Assert.Equal(consentToShare ? "김영숙" : AnonymousName.For(world.SeekerId), referred.SeekerName);
        Assert.Null(referred.SeekerPhone);

        Assert.Equal(HttpStatusCode.OK, (await employer.PatchAsJsonAsync($"/api/referrals/{referral}", new { status = "Interviewing" })).StatusCode);
        var accepted = Assert.Single(await ReferralsForAsync(employerActor, world.OpeningId));
        Assert.Equal(consentToShare ? "010-1234-5678" : null, accepted.SeekerPhone);
        var staff = Assert.Single(await ReferralsForAsync(new Actor(null, Roles.Counsellor, null), world.OpeningId));
        Assert.Equal(("김영숙", "010-1234-5678"), (staff.SeekerName, staff.SeekerPhone));
    }

    /// <summary>The use case the employer's page shows referrals through.</summary>
    private async Task<IReadOnlyList<ReferralView>> ReferralsForAsync(Actor actor, Guid openingId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ReferralQueries>().ForOpeningAsync(actor, openingId)).Value!;
    }

    private static async Task<string> CsvAsync(HttpClient client, Guid eventId)
    {
        var response = await client.GetAsync($"/api/events/{eventId}/seekers?format=csv&purpose={Uri.EscapeDataString("출석부")}");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
    }

    private static JsonElement Candidate(JsonElement list, Guid seekerId) =>
        list.GetProperty("matches").EnumerateArray().Single(m => m.GetProperty("seekerId").GetGuid() == seekerId);
}
