using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Matching.IntegrationTests.Infrastructure;

namespace Matching.IntegrationTests.Referrals;

public sealed class ReferralsApiTests : IClassFixture<MatchingApiFactory>
{
    private static int businessSeed = 9_000;
    private readonly MatchingApiFactory factory;

    public ReferralsApiTests(MatchingApiFactory factory) => this.factory = factory;

    private static async Task<Guid> OpeningAsync(HttpClient counsellor, int headcount = 2)
    {
        var employer = await HttpAssert.JsonAsync(await counsellor.PostAsJsonAsync("/api/employers",
            Bodies.Employer(Bodies.BusinessNumber(Interlocked.Increment(ref businessSeed)))), HttpStatusCode.Created);
        var body = Bodies.Opening(employer.GetProperty("id").GetGuid());
        body["headcount"] = headcount;
        return (await HttpAssert.JsonAsync(await counsellor.PostAsJsonAsync("/api/openings", body), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
    }

    private static async Task<Guid> SeekerAsync(HttpClient counsellor) =>
        (await HttpAssert.JsonAsync(await counsellor.PostAsJsonAsync("/api/seekers", Bodies.Seeker()), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

    private static async Task<Guid> ReferAsync(HttpClient counsellor, Guid seekerId, Guid openingId) =>
        (await HttpAssert.JsonAsync(await counsellor.PostAsJsonAsync("/api/referrals", new { seekerId, openingId, note = "면접 희망" }),
            HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static Task<HttpResponseMessage> PatchAsync(HttpClient client, Guid id, object body) =>
        client.PatchAsJsonAsync($"/api/referrals/{id}", body);

    [Fact]
    public async Task A_referral_moves_to_interviewing_then_hired_and_records_each_step()
    {
        var counsellor = await factory.ClientForRoleAsync("Counsellor");
        var referralId = await ReferAsync(counsellor, await SeekerAsync(counsellor), await OpeningAsync(counsellor));

        await HttpAssert.JsonAsync(await PatchAsync(counsellor, referralId, new { status = "Interviewing" }), HttpStatusCode.OK);
        var hired = await HttpAssert.JsonAsync(await PatchAsync(counsellor, referralId, new { status = "Hired", hiredOn = "2026-03-02" }), HttpStatusCode.OK);

        Assert.Equal("Hired", hired.GetProperty("status").GetString());
        Assert.Equal("2026-03-02", hired.GetProperty("hiredOn").GetString());
        var history = hired.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["Referred", "Interviewing", "Hired"], history.Select(h => h.GetProperty("status").GetString()));
        Assert.All(history, h => Assert.NotEqual(Guid.Empty, h.GetProperty("by").GetGuid()));
        Assert.All(history, h => Assert.Equal(TimeSpan.FromHours(9), h.GetProperty("at").GetDateTimeOffset().Offset));
    }

    [Fact]
    public async Task An_outcome_is_final_and_a_backward_move_is_a_conflict()
    {
        var counsellor = await factory.ClientForRoleAsync("Counsellor");
        var referralId = await ReferAsync(counsellor, await SeekerAsync(counsellor), await OpeningAsync(counsellor));
        await HttpAssert.JsonAsync(await PatchAsync(counsellor, referralId, new { status = "Rejected", reason = "자격·경력 부족" }), HttpStatusCode.OK);

        await HttpAssert.ProblemAsync(await PatchAsync(counsellor, referralId, new { status = "Hired" }), HttpStatusCode.Conflict);
        await HttpAssert.ProblemAsync(await PatchAsync(counsellor, referralId, new { status = "Interviewing" }), HttpStatusCode.Conflict);
        await HttpAssert.ProblemAsync(await PatchAsync(counsellor, referralId, new { status = "Withdrawn" }), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_from_the_fixed_list()
    {
        var counsellor = await factory.ClientForRoleAsync("Counsellor");
        var referralId = await ReferAsync(counsellor, await SeekerAsync(counsellor), await OpeningAsync(counsellor));

        await HttpAssert.ValidationErrorAsync(await PatchAsync(counsellor, referralId, new { status = "Rejected" }), "reason");
        await HttpAssert.ValidationErrorAsync(await PatchAsync(counsellor, referralId, new { status = "Rejected", reason = "마음에 안 듦" }), "reason");
        await HttpAssert.ValidationErrorAsync(await PatchAsync(counsellor, referralId, new { status = "Interviewing", reason = "기타" }), "reason");
        await HttpAssert.ValidationErrorAsync(await PatchAsync(counsellor, referralId, new { status = "Referred" }), "status");
        var rejected = await HttpAssert.JsonAsync(await PatchAsync(counsellor, referralId, new { status = "Rejected", reason = "통근 곤란" }), HttpStatusCode.OK);
        Assert.Equal("통근 곤란", rejected.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_hire_withdraws_the_seekers_other_open_referrals()
    {
        var counsellor = await factory.ClientForRoleAsync("Counsellor");
        var seekerId = await SeekerAsync(counsellor);
        var hiredAt = await ReferAsync(counsellor, seekerId, await OpeningAsync(counsellor));
        var other = await ReferAsync(counsellor, seekerId, await OpeningAsync(counsellor));
        var interviewing = await ReferAsync(counsellor, seekerId, await OpeningAsync(counsellor));
        await HttpAssert.JsonAsync(await PatchAsync(counsellor, interviewing, new { status = "Interviewing" }), HttpStatusCode.OK);

        await HttpAssert.JsonAsync(await PatchAsync(counsellor, hiredAt, new { status = "Hired" }), HttpStatusCode.OK);

        foreach (var id in new[] { other, interviewing })
        {
            var referral = await HttpAssert.JsonAsync(await counsellor.GetAsync($"/api/referrals/{id}"), HttpStatusCode.OK);
            Assert.Equal("Withdrawn", referral.GetProperty("status").GetString());
            Assert.Equal("타 기업 취업", referral.GetProperty("reason").GetString());
        }
    }

    [Fact]
    public async Task A_filled_opening_closes_and_leaves_every_suggestion_list()
    {
        var counsellor = await factory.ClientForRoleAsync("Counsellor");
        var openingId = await OpeningAsync(counsellor, headcount: 1);
        var seekerId = await SeekerAsync(counsellor);
        var bystander = await SeekerAsync(counsellor);
        var before = await HttpAssert.JsonAsync(await counsellor.GetAsync($"/api/seekers/{bystander}/matches?top=100"), HttpStatusCode.OK);
        Assert.True(Suggests(before, openingId));

        var referralId = await ReferAsync(counsellor, seekerId, openingId);
        await HttpAssert.JsonAsync(await PatchAsync(counsellor, referralId, new { status = "Hired" }), HttpStatusCode.OK);

        var opening = await HttpAssert.JsonAsync(await counsellor.GetAsync($"/api/openings/{openingId}"), HttpStatusCode.OK);
        Assert.Equal("Closed", opening.GetProperty("status").GetString());
        Assert.Equal(1, opening.GetProperty("filled").GetInt32());
        var after = await HttpAssert.JsonAsync(await counsellor.GetAsync($"/api/seekers/{bystander}/matches?top=100"), HttpStatusCode.OK);
        Assert.False(Suggests(after, openingId));
        await HttpAssert.ProblemAsync(await counsellor.PostAsJsonAsync("/api/referrals", new { seekerId = bystander, openingId }), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_seeker_cannot_be_hired_twice_in_overlapping_periods()
    {
        var counsellor = await factory.ClientForRoleAsync("Counsellor");
        var seekerId = await SeekerAsync(counsellor);
        var first = await ReferAsync(counsellor, seekerId, await OpeningAsync(counsellor));
        await HttpAssert.JsonAsync(await PatchAsync(counsellor, first, new { status = "Hired", hiredOn = "2026-01-05", endsOn = "2026-06-30" }), HttpStatusCode.OK);

        var overlapping = await ReferAsync(counsellor, seekerId, await OpeningAsync(counsellor));
        await HttpAssert.ProblemAsync(await PatchAsync(counsellor, overlapping, new { status = "Hired", hiredOn = "2026-06-01" }), HttpStatusCode.Conflict);
        var later = await HttpAssert.JsonAsync(await PatchAsync(counsellor, overlapping, new { status = "Hired", hiredOn = "2026-07-01" }), HttpStatusCode.OK);
        Assert.Equal("Hired", later.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_second_open_referral_to_the_same_opening_is_a_conflict_and_unknown_ids_are_not_found()
    {
        var counsellor = await factory.ClientForRoleAsync("Counsellor");
        var seekerId = await SeekerAsync(counsellor);
        var openingId = await OpeningAsync(counsellor);
        await ReferAsync(counsellor, seekerId, openingId);

        await HttpAssert.ProblemAsync(await counsellor.PostAsJsonAsync("/api/referrals", new { seekerId, openingId }), HttpStatusCode.Conflict);
        await HttpAssert.ProblemAsync(await counsellor.PostAsJsonAsync("/api/referrals", new { seekerId = Guid.NewGuid(), openingId }), HttpStatusCode.NotFound);
        await HttpAssert.ValidationErrorAsync(await counsellor.PostAsJsonAsync("/api/referrals", new { seekerId }), "openingId");
        await HttpAssert.ProblemAsync(await PatchAsync(counsellor, Guid.NewGuid(), new { status = "Hired" }), HttpStatusCode.NotFound);
    }

    private static bool Suggests(JsonElement matches, Guid openingId) =>
        matches.GetProperty("matches").EnumerateArray().Any(m => m.GetProperty("openingId").GetGuid() == openingId);
}
