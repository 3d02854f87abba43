using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Matching.IntegrationTests.Infrastructure;

namespace Matching.IntegrationTests.Security;

/// <summary>Security headers, CORS closed unless configured, HTTPS when configured, and request-body limits per route.</summary>
public sealed class HardeningTests
{
    [Fact]
    public async Task Pages_and_api_answers_carry_the_security_headers_and_cors_stays_closed()
    {
        using var factory = new MatchingApiFactory();
        var client = factory.CreateClient();
        foreach (var url in new[] { "/login", "/api/seekers", "/health/live" })
        {
            var response = await client.GetAsync(url);
            var policies = response.Headers.GetValues("Content-Security-Policy").ToList();
            Assert.True(policies.Count == 1, $"{url}: {string.Join(" | ", policies)}");
            var csp = policies[0];
            Assert.Contains("script-src 'self' 'nonce-", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.DoesNotContain("unsafe-eval", csp);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        }

        // Each response its own nonce: an injected script cannot reuse one it has seen.
        var first = (await client.GetAsync("/login")).Headers.GetValues("Content-Security-Policy").Single();
        Assert.NotEqual(first, (await client.GetAsync("/login")).Headers.GetValues("Content-Security-Policy").Single());

        var preflight = await client.SendAsync(Preflight("https://elsewhere.example"));
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_configured_origin_may_call_the_api_from_a_browser_and_no_other()
    {
        using var factory = new MatchingApiFactory("Sqlite", null, new Dictionary<string, string>
        {
            ["Matching:Security:CorsOrigins:0"] = "https://desk.example",
        });
        var client = factory.CreateClient();

        var allowed = await client.SendAsync(Preflight("https://desk.example"));
        Assert.Equal("https://desk.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False((await client.SendAsync(Preflight("https://elsewhere.example"))).Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Behind_tls_http_is_redirected_and_browsers_are_told_to_keep_to_https()
    {
        using var factory = new MatchingApiFactory("Sqlite", null, new Dictionary<string, string> { ["Matching:Security:RequireHttps"] = "true" });

        var plain = await factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://desk.example") }).GetAsync("/login");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, plain.StatusCode);
        Assert.Equal("https://desk.example/login", plain.Headers.Location!.ToString());

        var secure = await factory.CreateClient(new() { BaseAddress = new Uri("https://desk.example") }).GetAsync("/login");
        Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
        Assert.StartsWith("max-age=31536000", secure.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task Each_route_takes_bodies_up_to_its_own_limit_and_imports_keep_their_larger_one()
    {
        // Kestrel enforces the limits, so a real process.
        var database = Path.Combine(Path.GetTempPath(), $"matching-limits-{Guid.NewGuid():N}.db");
        await using var api = await HostProcess.StartApiAsync(new Dictionary<string, string>
        {
            ["Matching:Store:ConnectionString"] = $"Data Source={database}",
            ["Matching:Bootstrap:AdminEmail"] = MatchingApiFactory.AdminEmail,
            ["Matching:Bootstrap:AdminPassword"] = MatchingApiFactory.AdminPassword,
        });
        using var http = new HttpClient { BaseAddress = new Uri(api.BaseUrl!) };
        var login = await HttpAssert.JsonAsync(await http.PostAsJsonAsync("/auth/login",
            new { email = MatchingApiFactory.AdminEmail, password = MatchingApiFactory.AdminPassword }), HttpStatusCode.OK);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());

        var bigSeeker = await http.PostAsync("/api/seekers", Json(new { name = new string('가', 100_000) }));
        await HttpAssert.ProblemAsync(bigSeeker, HttpStatusCode.RequestEntityTooLarge);
        await HttpAssert.ValidationErrorAsync(await http.PostAsync("/api/seekers", Json(new { name = new string('a', 200_000) })), "name");

        await HttpAssert.ProblemAsync(await http.PostAsync("/auth/login", Json(new { email = "x@test.local", password = new string('p', 20_000) })),
            HttpStatusCode.RequestEntityTooLarge);

        var lines = string.Concat(Enumerable.Repeat("{\"name\": \"" + new string('나', 200) + "\"}\n", 2_000));
        Assert.True(Encoding.UTF8.GetByteCount(lines) > 1_000_000);
        var upload = await http.PostAsync("/api/import/seekers", new StringContent(lines, Encoding.UTF8, "application/x-ndjson"));
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/seekers");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");
        return request;
    }

    private static StringContent Json(object body) => new(System.Text.Json.JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
}
