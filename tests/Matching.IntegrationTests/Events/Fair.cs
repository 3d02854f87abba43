using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Matching.IntegrationTests.Infrastructure;

namespace Matching.IntegrationTests.Events;

/// <summary>
/// A small 채용한마당 built over HTTP: three care employers with one opening each, five fitting seekers and one
/// whose wish (경리) no booth offers; two 30-minute slots, one interviewer per booth.
/// </summary>
public sealed record Fair
{
    private static int businessSeed = 31_000;

    public required Guid EventId { get; init; }
    public required IReadOnlyList<(Guid EmployerId, Guid OpeningId)> Booths { get; init; }
    public required IReadOnlyList<Guid> Fitting { get; init; }
    public required Guid Misfit { get; init; }

    public static async Task<Fair> CreateAsync(HttpClient staff, string kind = "JobFair", DateTimeOffset? startsAt = null)
    {
        var starts = startsAt ?? new DateTimeOffset(Bodies.Today.AddDays(7).ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(9));
        var ev = await PostAsync(staff, "/api/events", new
        {
            kind, title = "서구 채용한마당", startsAt = starts, endsAt = starts.AddHours(1), venue = "서구청 대강당", slotMinutes = 30,
        }, HttpStatusCode.Created);
        var eventId = ev.GetProperty("id").GetGuid();

        var booths = new List<(Guid, Guid)>();
        for (var i = 0; i < 3; i++)
        {
            var employer = (await PostAsync(staff, "/api/employers",
                Bodies.Employer(Bodies.BusinessNumber(Interlocked.Increment(ref businessSeed))), HttpStatusCode.Created)).GetProperty("id").GetGuid();
            var opening = (await PostAsync(staff, "/api/openings", Bodies.Opening(employer), HttpStatusCode.Created)).GetProperty("id").GetGuid();
            await PostAsync(staff, $"/api/events/{eventId}/employers",
                new { employerId = employer, openingIds = new[] { opening }, interviewersPerSlot = 1 }, HttpStatusCode.Created);
            booths.Add((employer, opening));
        }

        var fitting = new List<Guid>();
        foreach (var name in new[] { "김영숙", "이순자", "박정희", "최미경", "정은주" })
        {
            var id = await SeekerAsync(staff, name);
            await PostAsync(staff, $"/api/events/{eventId}/seekers", new { seekerId = id, maxInterviews = 2 }, HttpStatusCode.Created);
            fitting.Add(id);
        }

        var misfitBody = Bodies.Seeker();
        misfitBody["name"] = "한경리";
        misfitBody["desiredOccupations"] = new[] { "0272" };
        misfitBody["experience"] = Array.Empty<object>();
        misfitBody["certificates"] = Array.Empty<string>();
        var misfit = (await PostAsync(staff, "/api/seekers", misfitBody, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await PostAsync(staff, $"/api/events/{eventId}/seekers", new { seekerId = misfit, maxInterviews = 2 }, HttpStatusCode.Created);

        return new Fair { EventId = eventId, Booths = booths, Fitting = fitting, Misfit = misfit };
    }

    public static async Task<Guid> SeekerAsync(HttpClient staff, string name)
    {
        var body = Bodies.Seeker();
        body["name"] = name;
        return (await PostAsync(staff, "/api/seekers", body, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    /// <summary>Asks for the pre-match and waits for the job to finish.</summary>
    public async Task<JsonElement> PrematchAsync(HttpClient organiser)
    {
        var accepted = await PostAsync(organiser, $"/api/events/{EventId}/prematch", new { }, HttpStatusCode.Accepted);
        Assert.Equal("Queued", accepted.GetProperty("status").GetString());
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var timetable = await HttpAssert.JsonAsync(await organiser.GetAsync($"/api/events/{EventId}/timetable"), HttpStatusCode.OK);
            var status = timetable.GetProperty("status").GetString();
            Assert.NotEqual("Failed", status);
            if (status == "Done")
            {
                return timetable;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("the pre-match job did not finish within 60 s");
    }

    public static async Task<JsonElement> PostAsync(HttpClient client, string url, object body, HttpStatusCode expected) =>
        await HttpAssert.JsonAsync(await client.PostAsJsonAsync(url, body), expected);
}
