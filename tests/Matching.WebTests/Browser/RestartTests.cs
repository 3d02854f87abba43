using System.Net.Http.Json;
using System.Text.Json;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Matching.WebTests.Browser;

/// <summary>A server restart ends every circuit; the page must bring the person back where they were.</summary>
[Collection(WebAppCollection.Name)]
public sealed class RestartTests(WebAppHost host)
{
    [BrowserFact]
    public Task After_a_server_restart_the_open_page_comes_back_by_itself() => PageEvidence.ShowOnFailureAsync(async pages =>
    {
        var database = Path.Combine(Path.GetTempPath(), $"matching-restart-{Guid.NewGuid():N}.db");
        var settings = new Dictionary<string, string>
        {
            ["Matching:Store:ConnectionString"] = $"Data Source={database}",
            ["Matching:Bootstrap:AdminEmail"] = WebAppHost.AdminEmail,
            ["Matching:Bootstrap:AdminPassword"] = WebAppHost.AdminPassword,
        };
        var first = await HostProcess.StartApiAsync(settings);
        var port = new Uri(first.BaseUrl!).Port;
        HostProcess? second = null;
        try
        {
            var seekerId = await RegisterAsync(first.BaseUrl!);
            var page = await host.SignInAsync(WebAppHost.AdminEmail, $"/counsellor/seekers/{seekerId}", WebAppHost.AdminPassword, first.BaseUrl);
            pages.Add(page);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "재시작시험" })).ToBeVisibleAsync();

            var reloaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            page.Load += (_, _) => reloaded.TrySetResult();
            first.Kill();
            await Expect(page.GetByText("서버와 연결이 끊겼습니다")).ToBeVisibleAsync(new() { Timeout = 15_000 });

            second = await HostProcess.StartApiAsync(settings, port);
            // The page keeps retrying; the new server does not know the old circuit, so the page reloads itself,
            // and the sign-in cookie (its keys are in the store) is still good. Until that load, what shows is
            // the old server's page, so nothing on it proves anything.
            await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(90));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "재시작시험" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
            Assert.EndsWith($"/counsellor/seekers/{seekerId}", page.Url, StringComparison.Ordinal);
            await Expect(page.GetByText("서버와 연결이 끊겼습니다")).ToBeHiddenAsync();
        }
        finally
        {
            await first.DisposeAsync();
            if (second is not null)
            {
                await second.DisposeAsync();
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(database + suffix);
            }
        }
    });

    private static async Task<Guid> RegisterAsync(string baseUrl)
    {
        using var client = await WebAppHost.ApiClientAsync(baseUrl, WebAppHost.AdminEmail, WebAppHost.AdminPassword);
        var created = await client.PostAsJsonAsync("/api/seekers", new
        {
            name = "재시작시험", birthYear = 1980, gender = "Male", address = new { sido = "서울특별시", sigungu = "구로구" },
            desiredOccupations = new[] { "0231" }, consentToMatching = true,
        });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
