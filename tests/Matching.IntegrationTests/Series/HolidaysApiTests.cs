using System.Net;
using System.Net.Http.Json;
using Matching.IntegrationTests.Infrastructure;

namespace Matching.IntegrationTests.Series;

public sealed class HolidaysApiTests : IClassFixture<MatchingApiFactory>
{
    private readonly MatchingApiFactory factory;

    public HolidaysApiTests(MatchingApiFactory factory) => this.factory = factory;

    [Fact]
    public async Task The_shipped_holidays_are_seeded_and_listed_by_year()
    {
        var counsellor = await factory.ClientForRoleAsync("Counsellor");

        var holidays = await HttpAssert.JsonAsync(await counsellor.GetAsync("/api/holidays?year=2026"), HttpStatusCode.OK);

        var byDate = holidays.EnumerateArray().ToDictionary(h => h.GetProperty("date").GetString()!, h => h.GetProperty("name").GetString());
        Assert.Equal("추석", byDate["2026-09-25"]);
        Assert.Equal("한글날", byDate["2026-10-09"]);
        Assert.Equal("성탄절", byDate["2026-12-25"]);
        Assert.All(byDate.Keys, d => Assert.StartsWith("2026-", d));
        await HttpAssert.ValidationErrorAsync(await counsellor.GetAsync("/api/holidays?year=1800"), "year");
    }

    [Fact]
    public async Task An_organiser_adds_renames_and_removes_a_holiday()
    {
        var organiser = await factory.ClientForRoleAsync("Organiser");

        var created = await organiser.PutAsJsonAsync("/api/holidays/2027-03-15", new { name = "임시공휴일" });
        var body = await HttpAssert.JsonAsync(created, HttpStatusCode.Created);
        Assert.Equal("/api/holidays/2027-03-15", created.Headers.Location?.OriginalString);
        Assert.Equal("2027-03-15", body.GetProperty("date").GetString());

        var renamed = await HttpAssert.JsonAsync(await organiser.PutAsJsonAsync("/api/holidays/2027-03-15", new { name = "임시공휴일(선거)" }), HttpStatusCode.OK);
        Assert.Equal("임시공휴일(선거)", renamed.GetProperty("name").GetString());
        var listed = await HttpAssert.JsonAsync(await organiser.GetAsync("/api/holidays?year=2027"), HttpStatusCode.OK);
        Assert.Contains(listed.EnumerateArray(), h => h.GetProperty("date").GetString() == "2027-03-15");

        Assert.Equal(HttpStatusCode.NoContent, (await organiser.DeleteAsync("/api/holidays/2027-03-15")).StatusCode);
        await HttpAssert.ProblemAsync(await organiser.DeleteAsync("/api/holidays/2027-03-15"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_bad_date_or_name_is_a_400_naming_the_field()
    {
        var admin = await factory.LoginAsync();
        await HttpAssert.ValidationErrorAsync(await admin.PutAsJsonAsync("/api/holidays/2027-02-30", new { name = "없는 날" }), "date");
        await HttpAssert.ValidationErrorAsync(await admin.PutAsJsonAsync("/api/holidays/15.03.2027", new { name = "형식" }), "date");
        await HttpAssert.ValidationErrorAsync(await admin.PutAsJsonAsync("/api/holidays/2027-03-16", new { name = "" }), "name");
        await HttpAssert.ValidationErrorAsync(await admin.PutAsJsonAsync("/api/holidays/2027-03-16", new { name = new string('가', 51) }), "name");
        await HttpAssert.ValidationErrorAsync(await admin.DeleteAsync("/api/holidays/yesterday"), "date");
    }

    [Fact]
    public async Task Counsellors_read_holidays_but_do_not_change_them()
    {
        var counsellor = await factory.ClientForRoleAsync("Counsellor");
        await HttpAssert.ProblemAsync(await counsellor.PutAsJsonAsync("/api/holidays/2027-03-17", new { name = "임시공휴일" }), HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(await counsellor.DeleteAsync("/api/holidays/2027-01-01"), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/holidays")).StatusCode);
    }
}
