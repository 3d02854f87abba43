using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Matching.IntegrationTests.Infrastructure;

namespace Matching.IntegrationTests.Live;

/// <summary>REST calls against a host process, signed in as the bootstrap admin.</summary>
public sealed class LiveClient(HttpClient http, string token)
{
    public string Token => token;

    public HttpClient Http => http;

    public static async Task<LiveClient> SignInAsync(string baseUrl)
    {
        var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var login = await HttpAssert.JsonAsync(await http.PostAsJsonAsync("/auth/login",
            new { email = MatchingApiFactory.AdminEmail, password = MatchingApiFactory.AdminPassword }), HttpStatusCode.OK);
        var token = login.GetProperty("accessToken").GetString()!;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new LiveClient(http, token);
    }

    public async Task<Guid> OpeningAsync(int businessSeed)
    {
        var employer = await CreateAsync("/api/employers", Bodies.Employer(Bodies.BusinessNumber(businessSeed)));
        return await CreateAsync("/api/openings", Bodies.Opening(employer));
    }

    public Task<Guid> SeekerAsync(string name)
    {
        var body = Bodies.Seeker();
        body["name"] = name;
        return CreateAsync("/api/seekers", body);
    }

    public async Task<JsonElement> GetAsync(string url) => await HttpAssert.JsonAsync(await http.GetAsync(url), HttpStatusCode.OK);

    private async Task<Guid> CreateAsync(string url, object body) =>
        (await HttpAssert.JsonAsync(await http.PostAsJsonAsync(url, body), HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public static Dictionary<string, string> Settings(string provider, string connectionString) => new()
    {
        ["Matching:Store:Provider"] = provider,
        ["Matching:Store:ConnectionString"] = connectionString,
        ["Matching:Bootstrap:AdminEmail"] = MatchingApiFactory.AdminEmail,
        ["Matching:Bootstrap:AdminPassword"] = MatchingApiFactory.AdminPassword,
    };

    /// <summary>
    /// Over the test broker, under exchange and queue names of this test's own: another test's worker, in this run or in
    /// another run sharing the broker, would otherwise take its change events from the shared queue.
    /// </summary>
    public static Dictionary<string, string> OverRabbitMq(Dictionary<string, string> settings)
    {
        settings["Matching:Bus:Transport"] = "RabbitMq";
        settings["Matching:Bus:RabbitMq:Host"] = Environment.GetEnvironmentVariable(LiveFactAttribute.RabbitVariable)!;
        settings["Matching:Bus:RabbitMq:Prefix"] = $"test-{Guid.NewGuid():N}-";
        return settings;
    }

    public static bool Contains(JsonElement push, Guid seekerId) =>
        push.GetProperty("matches").EnumerateArray().Any(m => m.GetProperty("seekerId").GetGuid() == seekerId);
}
