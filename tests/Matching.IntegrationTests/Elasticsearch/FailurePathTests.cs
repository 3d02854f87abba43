using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Elastic.Transport;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Elasticsearch;

/// <summary>
/// The real host on the Elasticsearch engine, its transport scripted: while the server is down or too slow,
/// readiness is red and says why, match queries answer 503 with Retry-After, saves still succeed; when it
/// returns, the saved profiles reach it through the change feed.
/// </summary>
public sealed class FailurePathTests : IAsyncLifetime
{
    private readonly ScriptedElasticsearch es = new();
    private readonly MatchingApiFactory factory = new("Sqlite", null, new Dictionary<string, string>
    {
        ["Matching:Index:Engine"] = "Elasticsearch",
        ["Matching:Index:Elasticsearch:Url"] = "http://localhost:9200",
        ["Matching:Index:Elasticsearch:RetryAfter"] = "00:00:07",
    });
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host = null!;
    private long checkpoint;

    public Task InitializeAsync()
    {
        // Just enough of a server for the sync: indices present, a checkpoint kept, every bulk taken.
        es.Answer = call => call switch
        {
            { Method: "GET", Path: var p } when p.StartsWith("/matching-sync/_doc/", StringComparison.Ordinal) =>
                (200, $$$"""{"found":true,"_source":{"watermark":{{{Interlocked.Read(ref checkpoint)}}}}}"""),
            { Method: "PUT", Path: var p } when p.StartsWith("/matching-sync/_doc/", StringComparison.Ordinal) => Save(call.Body!),
            { Method: "POST", Path: var p } when p.StartsWith("/_bulk", StringComparison.Ordinal) => (200, """{"errors":false,"items":[]}"""),
            { Method: "GET", Path: var p } when p.Contains("/_doc/", StringComparison.Ordinal) => (404, """{"found":false}"""),
            _ => (200, "{}"),
        };
        host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IRequestInvoker>(es)));
        return Task.CompletedTask;
    }

    private (int, string) Save(string body)
    {
        Interlocked.Exchange(ref checkpoint, JsonDocument.Parse(body).RootElement.GetProperty("watermark").GetInt64());
        return (200, "{}");
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await factory.DisposeAsync();
    }

    private async Task<HttpClient> AdminAsync()
    {
        var client = host.CreateClient();
        var login = await client.PostAsJsonAsync("/auth/login", new { email = MatchingApiFactory.AdminEmail, password = MatchingApiFactory.AdminPassword });
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    [Theory]
    [InlineData(ScriptedElasticsearch.Mode.Down)]
    [InlineData(ScriptedElasticsearch.Mode.Slow)]
    public async Task While_elasticsearch_is_away_saves_succeed_queries_get_503_and_everything_arrives_later(ScriptedElasticsearch.Mode away)
    {
        var client = await AdminAsync();
        es.State = away;

        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);

        var employer = await HttpAssert.JsonAsync(await client.PostAsJsonAsync("/api/employers", Bodies.Employer()), HttpStatusCode.Created);
        var opening = await HttpAssert.JsonAsync(
            await client.PostAsJsonAsync("/api/openings", Bodies.Opening(employer.GetProperty("id").GetGuid())), HttpStatusCode.Created);
        var seeker = await HttpAssert.JsonAsync(await client.PostAsJsonAsync("/api/seekers", Bodies.Seeker()), HttpStatusCode.Created);
        var openingId = opening.GetProperty("id").GetGuid();
        var seekerId = seeker.GetProperty("id").GetGuid();

        var matches = await client.GetAsync($"/api/openings/{openingId}/matches");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, matches.StatusCode);
        Assert.Equal("7", matches.Headers.GetValues("Retry-After").Single());
        Assert.Equal("application/problem+json", matches.Content.Headers.ContentType?.MediaType);
        var problem = await matches.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync($"/api/seekers/{seekerId}/matches")).StatusCode);
        var detail = await (await client.GetAsync("/health/ready")).Content.ReadAsStringAsync();

        es.State = ScriptedElasticsearch.Mode.Up;

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!Bulked(seekerId) || !Bulked(openingId))
        {
            Assert.True(DateTime.UtcNow < deadline, "the saved profiles never reached Elasticsearch");
            await Task.Delay(100);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Contains("Elasticsearch is unavailable", detail, StringComparison.Ordinal);
        Assert.Contains("Saves still succeed", detail, StringComparison.Ordinal);
    }

    private bool Bulked(Guid id) =>
        es.Requests.Any(r => r.Path.StartsWith("/_bulk", StringComparison.Ordinal) && r.Body!.Contains($"\"_id\":\"{id}\"", StringComparison.Ordinal));
}
