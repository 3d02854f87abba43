using System.Net.Http.Json;
using System.Text.Json;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Matching.WebTests.Browser;

/// <summary>
/// One real API process with the demo data (its accounts sign in with <see cref="DemoPassword"/>) and one
/// headless Debian Chromium, shared by the browser tests of a collection. Each test opens its own contexts.
/// </summary>
public sealed class WebAppHost : IAsyncLifetime
{
    public const string DemoPassword = "Demo1234!";
    public const string AdminEmail = "admin@web.test";
    public const string AdminPassword = "Admin-Pass-1";

    private readonly string database = Path.Combine(Path.GetTempPath(), $"matching-web-{Guid.NewGuid():N}.db");
    private IPlaywright? playwright;

    public HostProcess Api { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public string BaseUrl => Api.BaseUrl!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFactAttribute.Chromium))
        {
            return;
        }

        Api = await HostProcess.StartApiAsync(new Dictionary<string, string>
        {
            ["Matching:Store:ConnectionString"] = $"Data Source={database}",
            ["Matching:Demo:Seed"] = "true",
            ["Matching:Bootstrap:AdminEmail"] = AdminEmail,
            ["Matching:Bootstrap:AdminPassword"] = AdminPassword,
        });
        await WaitForDemoAsync();
        // Waiting for a page is not what these tests measure: on a busy 2-core CI machine a page may take more
        // than Playwright's default 5 s. A test that is about speed (a live update within 5 s) says so itself.
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.Chromium,
            Headless = true,
            // This machine's network is closed: without these Chromium keeps trying to reach Google.
            Args = ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser profile in Korean, at a desk's screen size, on this host or the node given.</summary>
    public Task<IBrowserContext> NewContextAsync(string? baseUrl = null) => Browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = baseUrl ?? BaseUrl,
        Locale = "ko-KR",
        TimezoneId = "Asia/Seoul",
        ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
    });

    /// <summary>Signs in through /login the way a person does, and returns on the page it led to.</summary>
    public async Task<IPage> SignInAsync(string email, string? returnUrl = null, string password = DemoPassword, string? baseUrl = null)
    {
        var context = await NewContextAsync(baseUrl);
        var page = await context.NewPageAsync();
        await page.GotoAsync(returnUrl is null ? "/login" : $"/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.GetByLabel("이메일").FillAsync(email);
        await page.GetByLabel("비밀번호").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "로그인" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        return page;
    }

    /// <summary>A bearer-token client for setting up data through the public API.</summary>
    public Task<HttpClient> ApiClientAsync(string email, string password = DemoPassword) => ApiClientAsync(BaseUrl, email, password);

    public static async Task<HttpClient> ApiClientAsync(string baseUrl, string email, string password)
    {
        var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var response = await client.PostAsJsonAsync("/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (Api is not null)
        {
            await Api.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(database + suffix);
        }
    }

    /// <summary>The demo data loads after start-up; its accounts exist once the counsellor can sign in.</summary>
    private async Task WaitForDemoAsync()
    {
        using var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        for (var i = 0; i < 300; i++)
        {
            var response = await client.PostAsJsonAsync("/auth/login", new { email = "employer@demo.local", password = DemoPassword });
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("demo accounts never appeared:\n" + Api.Output);
    }
}

[CollectionDefinition(Name)]
public sealed class WebAppCollection : ICollectionFixture<WebAppHost>
{
    public const string Name = "web app in Chromium";
}
