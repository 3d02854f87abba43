using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Matching.IntegrationTests.Infrastructure;
using Matching.IntegrationTests.Live;

namespace Matching.IntegrationTests.Events;

/// <summary>A whole fair over HTTP against real host processes, the screens played by the official JS client.</summary>
[Collection(RabbitMqCollection.Name)]
public sealed class EventFairEndToEndTests
{
    private static readonly TimeSpan PushTimeout = TimeSpan.FromSeconds(30);

    [LiveFact]
    public async Task A_fair_runs_from_creation_to_counts_with_booth_queues_pushed_live()
    {
        var database = Path.Combine(Path.GetTempPath(), $"matching-fair-{Guid.NewGuid():N}.db");
        await using var api = await HostProcess.StartApiAsync(LiveClient.Settings("Sqlite", $"Data Source={database}"));
        var organiser = await LiveClient.SignInAsync(api.BaseUrl!);
        var http = organiser.Http;

        var fair = await Fair.CreateAsync(http, startsAt: DateTimeOffset.UtcNow.AddMinutes(-1));
        var timetable = await fair.PrematchAsync(http);
        var slots = timetable.GetProperty("slots").EnumerateArray().ToList();
        Assert.Equal(6, slots.Count);
        var first = slots.First(s => s.GetProperty("slotIndex").GetInt32() == 0);
        var seekerId = first.GetProperty("seekerId").GetGuid();
        var boothId = first.GetProperty("employerId").GetGuid();
        var (employerHttp, employerToken) = await EmployerAsync(api.BaseUrl!, http, boothId);

        await using var organiserScreen = await NodeSubscriber.StartAsync(api.BaseUrl!, organiser.Token, "SubscribeEvent", fair.EventId);
        await using var boothScreen = await NodeSubscriber.StartAsync(api.BaseUrl!, employerToken, "SubscribeEvent", fair.EventId);

        await Fair.PostAsync(http, $"/api/events/{fair.EventId}/checkins", new { seekerId }, HttpStatusCode.OK);

        var atDesk = await organiserScreen.NextEventAsync(PushTimeout, p => p.GetProperty("kind").GetString() == "checkIn").WithHostOutput(api);
        var deskBooth = Booth(atDesk, boothId);
        Assert.Equal(seekerId, deskBooth.GetProperty("next").GetProperty("seekerId").GetGuid());
        Assert.Contains(deskBooth.GetProperty("next").GetProperty("seekerName").GetString(), new[] { "김영숙", "이순자", "박정희", "최미경", "정은주" });
        var atBooth = await boothScreen.NextEventAsync(PushTimeout, p => p.GetProperty("kind").GetString() == "checkIn").WithHostOutput(api);
        // The employer's screen gets its own booth only, and no name.
        Assert.All(atBooth.GetProperty("booths").EnumerateArray(), b => Assert.Equal(boothId, b.GetProperty("employerId").GetGuid()));
        Assert.StartsWith("구직자 #", Booth(atBooth, boothId).GetProperty("next").GetProperty("seekerName").GetString());

        var called = await Fair.PostAsync(employerHttp, $"/api/events/{fair.EventId}/booths/{boothId}/next", new { }, HttpStatusCode.OK);
        var calledPush = await boothScreen.NextEventAsync(PushTimeout, p => p.GetProperty("kind").GetString() == "queue").WithHostOutput(api);
        Assert.Equal(1, Booth(calledPush, boothId).GetProperty("inProgress").GetInt32());
        await HttpAssert.JsonAsync(await employerHttp.PatchAsJsonAsync($"/api/events/{fair.EventId}/interviews/{called.GetProperty("id").GetGuid()}",
            new { status = "Done" }), HttpStatusCode.OK);

        var results = await Fair.PostAsync(http, $"/api/events/{fair.EventId}/close", new { }, HttpStatusCode.OK);
        await organiserScreen.NextEventAsync(PushTimeout, p => p.GetProperty("kind").GetString() == "closed").WithHostOutput(api);
        Assert.Equal(6, results.GetProperty("registered").GetInt32());
        Assert.Equal(1, results.GetProperty("checkedIn").GetInt32());
        Assert.Equal(1, results.GetProperty("interviewed").GetInt32());
        Assert.Equal(slots.Select(s => s.GetProperty("seekerId").GetGuid()).Distinct().Count() - 1, results.GetProperty("noShows").GetInt32());
    }

    [LiveFact(rabbitMq: true, postgres: true)]
    public async Task Through_rabbitmq_a_check_in_on_one_node_reaches_the_organiser_on_another()
    {
        var settings = LiveClient.Settings("PostgreSql", PostgresFactAttribute.NewDatabase());
        LiveClient.OverRabbitMq(settings);
        await using var apiA = await HostProcess.StartApiAsync(settings);
        await using var apiB = await HostProcess.StartApiAsync(settings);
        var atA = await LiveClient.SignInAsync(apiA.BaseUrl!);
        var atB = await LiveClient.SignInAsync(apiB.BaseUrl!);
        var fair = await Fair.CreateAsync(atB.Http, startsAt: DateTimeOffset.UtcNow.AddMinutes(-1));
        await using var organiserScreen = await NodeSubscriber.StartAsync(apiA.BaseUrl!, atA.Token, "SubscribeEvent", fair.EventId);

        var walkIn = await Fair.SeekerAsync(atB.Http, "강민지");
        var checkIn = await Fair.PostAsync(atB.Http, $"/api/events/{fair.EventId}/checkins", new { seekerId = walkIn }, HttpStatusCode.OK);

        var push = await organiserScreen.NextEventAsync(PushTimeout, p => p.GetProperty("kind").GetString() == "checkIn").WithHostOutput(apiA, apiB);
        var queued = checkIn.GetProperty("queues").EnumerateArray().Select(q => q.GetProperty("employerId").GetGuid()).ToList();
        Assert.Equal(3, queued.Count);
        Assert.Equal(queued.Order(), push.GetProperty("booths").EnumerateArray().Select(b => b.GetProperty("employerId").GetGuid()).Order());
        Assert.All(push.GetProperty("booths").EnumerateArray(), b => Assert.Equal(walkIn, b.GetProperty("next").GetProperty("seekerId").GetGuid()));
    }

    private static JsonElement Booth(JsonElement push, Guid employerId) =>
        push.GetProperty("booths").EnumerateArray().Single(b => b.GetProperty("employerId").GetGuid() == employerId);

    private static async Task<(HttpClient Http, string Token)> EmployerAsync(string baseUrl, HttpClient admin, Guid employerId)
    {
        var email = $"booth-{Guid.NewGuid():N}@test.local";
        await HttpAssert.JsonAsync(await admin.PostAsJsonAsync("/api/users", new { email, password = "Booth-Pass-1", role = "Employer", employerId }),
            HttpStatusCode.Created);
        var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var login = await HttpAssert.JsonAsync(await http.PostAsJsonAsync("/auth/login", new { email, password = "Booth-Pass-1" }), HttpStatusCode.OK);
        var token = login.GetProperty("accessToken").GetString()!;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (http, token);
    }
}
