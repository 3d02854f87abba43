using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Matching.Application.Common;
using Matching.Application.Events;
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

    [Fact]
    public async Task Who_is_in_an_interview_is_masked_like_who_is_next_and_the_hall_s_board_shows_staff_names_masked_without_a_read()
    {
        var counsellor = await factory.ClientForRoleAsync("Counsellor");
        var organiser = await factory.ClientForRoleAsync("Organiser");
        var admin = await factory.LoginAsync();
        var world = await PrivacyWorld.CreateAsync(admin, counsellor, 604);
        var employer = await factory.ClientForRoleAsync("Employer", world.EmployerId);
        var called = await HttpAssert.JsonAsync(await organiser.PostAsync($"/api/events/{world.EventId}/booths/{world.EmployerId}/next", null), HttpStatusCode.OK);
        Assert.Equal("김*숙", called.GetProperty("seekerName").GetString());

        Assert.Equal("김*숙", await InterviewingAsync(organiser, world.EventId));
        Assert.Equal(AnonymousName.For(world.SeekerId), await InterviewingAsync(employer, world.EventId));

        // The board is read by the whole hall: a counsellor's screen shows the masked name and leaves no read behind.
        var before = await ReadsAsync(admin, world.SeekerId);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var board = new Actor(Guid.NewGuid(), Roles.Counsellor, null) { Where = "page /events/…/board", PublicDisplay = true };
            var booths = (await scope.ServiceProvider.GetRequiredService<EventDayQueries>().BoothsAsync(board, world.EventId)).Value!;
            Assert.Equal("김*숙", Assert.Single(Assert.Single(booths).Interviewing!).SeekerName);
        }

        Assert.Equal(before, await ReadsAsync(admin, world.SeekerId));
        Assert.Equal("김영숙", await InterviewingAsync(counsellor, world.EventId));
        Assert.Equal(before + 1, await ReadsAsync(admin, world.SeekerId));
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

    private static async Task<string?> InterviewingAsync(HttpClient client, Guid eventId) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/booths")).EnumerateArray().Single()
            .GetProperty("interviewing").EnumerateArray().Single().GetProperty("seekerName").GetString();

    private static async Task<int> ReadsAsync(HttpClient admin, Guid seekerId) =>
        (await HttpAssert.JsonAsync(await admin.GetAsync($"/api/audit?take=1000&subjectId={seekerId}"), HttpStatusCode.OK)).EnumerateArray()
            .Count(r => r.GetProperty("action").GetString() == "Read");

    private static JsonElement Candidate(JsonElement list, Guid seekerId) =>
        list.GetProperty("matches").EnumerateArray().Single(m => m.GetProperty("seekerId").GetGuid() == seekerId);
}
