using System.Net;
using System.Text;
using System.Text.Json;

namespace Matching.IntegrationTests.Infrastructure;

public static class Imports
{
    public static string Ndjson(IEnumerable<object> lines) =>
        string.Join("\n", lines.Select(l => l as string ?? JsonSerializer.Serialize(l, MatchingApiFactory.Json)));

    public static async Task<Guid> StartAsync(HttpClient client, string kind, string body, string mediaType = "application/x-ndjson")
    {
        var response = await client.PostAsync($"/api/import/{kind}", new StringContent(body, Encoding.UTF8, mediaType));
        var accepted = await HttpAssert.JsonAsync(response, HttpStatusCode.Accepted);
        Assert.NotNull(response.Headers.Location);
        return accepted.GetProperty("jobId").GetGuid();
    }

    public static async Task<JsonElement> WaitAsync(HttpClient client, Guid jobId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(3));
        while (true)
        {
            var job = await HttpAssert.JsonAsync(await client.GetAsync($"/api/import/{jobId}?errorsTake=100000"), HttpStatusCode.OK);
            var state = job.GetProperty("state").GetString();
            if (state is "Completed" or "Failed")
            {
                return job;
            }

            Assert.True(DateTime.UtcNow < deadline, $"import {jobId} still {state}: {job}");
            await Task.Delay(100);
        }
    }

    public static async Task<JsonElement> RunAsync(HttpClient client, string kind, string body, string mediaType = "application/x-ndjson") =>
        await WaitAsync(client, await StartAsync(client, kind, body, mediaType));
}
