using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Matching.WebTests.Browser;

/// <summary>
/// Two API nodes and a worker over PostgreSQL and RabbitMQ, as docker-compose runs them. A page open on
/// node A hears a change made on node B: each node feeds its own notifier from its own queue.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class ScaleOutTests(WebAppHost host)
{
    [BrowserFact(scaleOut: true)]
    public Task A_seeker_page_on_one_node_shows_an_opening_posted_on_another() => PageEvidence.ShowOnFailureAsync(async pages =>
    {
        var database = TestDatabases.New(Environment.GetEnvironmentVariable(BrowserFactAttribute.PostgresVariable)!, "matching_web");
        var settings = new Dictionary<string, string>
        {
            ["Matching:Store:Provider"] = "PostgreSql",
            ["Matching:Store:ConnectionString"] = database,
            ["Matching:Bus:Transport"] = "RabbitMq",
            ["Matching:Bus:RabbitMq:Host"] = Environment.GetEnvironmentVariable(BrowserFactAttribute.RabbitVariable)!,
            // Names of its own on the broker: another run's worker sharing it would take this test's change events.
            ["Matching:Bus:RabbitMq:Prefix"] = $"test-{Guid.NewGuid():N}-",
            ["Matching:Worker:InProcess"] = "false",
            ["Matching:Bootstrap:AdminEmail"] = WebAppHost.AdminEmail,
            ["Matching:Bootstrap:AdminPassword"] = WebAppHost.AdminPassword,
        };
        await using var nodeA = await HostProcess.StartApiAsync(settings);
        await using var nodeB = await HostProcess.StartApiAsync(settings);
        await using var worker = await HostProcess.StartWorkerAsync(settings);

        using var admin = await WebAppHost.ApiClientAsync(nodeB.BaseUrl!, WebAppHost.AdminEmail, WebAppHost.AdminPassword);
        var employer = await CreatedAsync(admin, "/api/employers", new
        {
            name = "(주)노드케어", businessNumber = "220-81-62517", size = "Small",
            address = new { sido = "인천광역시", sigungu = "서구" },
        });
        var seeker = await CreatedAsync(admin, "/api/seekers", new
        {
            name = "노드시험", birthYear = 1979, gender = "Female", address = new { sido = "인천광역시", sigungu = "서구" },
            desiredOccupations = new[] { "5501" }, consentToMatching = true,
        });

        var page = await host.SignInAsync(WebAppHost.AdminEmail, $"/counsellor/seekers/{seeker}", WebAppHost.AdminPassword, nodeA.BaseUrl);
        pages.Add(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "노드시험" })).ToBeVisibleAsync();

        await CreatedAsync(admin, "/api/openings", new
        {
            employerId = employer, title = "노드 B에서 올린 요양보호사", occupation = "5501", headcount = 1,
            wage = new { unit = "Monthly", min = 2_300_000 }, employmentType = "Permanent",
            address = new { sido = "인천광역시", sigungu = "서구" },
            closesOn = DateTime.Today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

        var posted = page.GetByTestId("opening-match").Filter(new() { HasText = "노드 B에서 올린 요양보호사" });
        await Visible(posted).WithHostOutput(nodeA, nodeB, worker);
    });

    private static async Task<bool> Visible(ILocator locator)
    {
        await Expect(locator).ToBeVisibleAsync(new() { Timeout = 15_000 });
        return true;
    }

    private static async Task<Guid> CreatedAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
