using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Matching.IntegrationTests.Infrastructure;

namespace Matching.WebTests.Browser;

/// <summary>
/// What the event browser tests set up through the public API before a person takes over: a care employer with
/// one opening (an account of its own when asked), and seekers who fit it or wish for 경리 instead.
/// </summary>
public static class FairSetup
{
    public const string CareOccupation = "5501";
    public const string BookkeepingOccupation = "0272";

    public static async Task<(Guid EmployerId, Guid OpeningId)> CareEmployerAsync(HttpClient staff, string name)
    {
        var employer = Bodies.Employer(Bodies.BusinessNumber(Random.Shared.Next(300_000, 900_000)));
        employer["name"] = name;
        var employerId = await IdAsync(staff, "/api/employers", employer);
        var opening = Bodies.Opening(employerId);
        opening["title"] = $"요양보호사 ({name})";
        return (employerId, await IdAsync(staff, "/api/openings", opening));
    }

    public static async Task<Guid> SeekerAsync(HttpClient staff, string name, string occupation = CareOccupation)
    {
        var seeker = Bodies.Seeker();
        seeker["name"] = name;
        seeker["phone"] = $"010-{Random.Shared.Next(2000, 9999)}-{Random.Shared.Next(1000, 9999)}";
        seeker["desiredOccupations"] = new[] { occupation };
        if (occupation != CareOccupation)
        {
            seeker["experience"] = Array.Empty<object>();
            seeker["certificates"] = Array.Empty<string>();
        }

        return await IdAsync(staff, "/api/seekers", seeker);
    }

    /// <summary>An event on now (it began a minute ago), so that check-ins and calls happen as on the day.</summary>
    public static async Task<Guid> EventOnNowAsync(HttpClient organiser, string title)
    {
        var starts = DateTimeOffset.UtcNow.AddMinutes(-1);
        return await IdAsync(organiser, "/api/events", new
        {
            kind = "JobFair", title, startsAt = starts, endsAt = starts.AddHours(6), venue = "서구청 대강당", slotMinutes = 30,
        });
    }

    public static async Task BoothAsync(HttpClient organiser, Guid eventId, Guid employerId, Guid openingId)
    {
        var response = await organiser.PostAsJsonAsync($"/api/events/{eventId}/employers",
            new { employerId, openingIds = new[] { openingId }, interviewersPerSlot = 1 });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    /// <summary>An employer account bound to <paramref name="employerId"/>, made by the admin, signing in with the demo password.</summary>
    public static async Task<string> EmployerAccountAsync(WebAppHost host, Guid employerId)
    {
        using var admin = await host.ApiClientAsync(WebAppHost.AdminEmail, WebAppHost.AdminPassword);
        var email = $"booth-{Guid.NewGuid():N}@web.test";
        var response = await admin.PostAsJsonAsync("/api/users", new { email, password = WebAppHost.DemoPassword, role = "Employer", employerId });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return email;
    }

    public static async Task<Guid> IdAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
