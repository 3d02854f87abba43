using System.Net;
using System.Net.Http.Json;
using Matching.IntegrationTests.Infrastructure;

namespace Matching.IntegrationTests.Privacy;

/// <summary>
/// A seeker, an employer with an opening that fits them, and an event (created by an admin) where the seeker has
/// checked in: everything else done by <c>staff</c>, whose access records the tests then read.
/// </summary>
internal sealed record PrivacyWorld(Guid SeekerId, Guid EmployerId, Guid OpeningId, Guid EventId)
{
    public static async Task<PrivacyWorld> CreateAsync(HttpClient admin, HttpClient staff, int businessSeed, bool consentToShare = false)
    {
        var employerId = await IdAsync(staff.PostAsJsonAsync("/api/employers", Bodies.Employer(Bodies.BusinessNumber(businessSeed))));
        var openingId = await IdAsync(staff.PostAsJsonAsync("/api/openings", Bodies.Opening(employerId)));
        var body = Bodies.Seeker();
        body["consentToShare"] = consentToShare;
        var seekerId = await IdAsync(staff.PostAsJsonAsync("/api/seekers", body));
        var starts = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(10).AddHours(1), TimeSpan.Zero);
        var eventId = await IdAsync(admin.PostAsJsonAsync("/api/events", new
        {
            kind = "FridayHiring", title = "금요채용마당", venue = "서구청", startsAt = starts, endsAt = starts.AddHours(3), slotMinutes = 30,
        }));
        Assert.True((await staff.PostAsJsonAsync($"/api/events/{eventId}/employers", new { employerId, openingIds = new[] { openingId } })).IsSuccessStatusCode);
        Assert.True((await staff.PostAsJsonAsync($"/api/events/{eventId}/seekers", new { seekerId })).IsSuccessStatusCode);
        Assert.True((await staff.PostAsJsonAsync($"/api/events/{eventId}/checkins", new { seekerId })).IsSuccessStatusCode);
        return new PrivacyWorld(seekerId, employerId, openingId, eventId);
    }

    private static async Task<Guid> IdAsync(Task<HttpResponseMessage> call) =>
        (await HttpAssert.JsonAsync(await call, HttpStatusCode.Created)).GetProperty("id").GetGuid();
}
