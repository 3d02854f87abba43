using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Matching.IntegrationTests.Auth;

/// <summary>
/// Sign-in protection over HTTP: rate limits per address and per account on every sign-in route, a short lockout
/// that grows and that an admin lifts, one message for every failure, and refresh tokens that rotate. Client
/// addresses come from X-Forwarded-For (the host trusts it here), so each check has an address of its own.
/// </summary>
public sealed class LoginProtectionTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly MatchingApiFactory factory;

    public LoginProtectionTests()
    {
        factory = new MatchingApiFactory("Sqlite", null, new Dictionary<string, string>
        {
            ["Matching:Security:TrustForwardedHeaders"] = "true",
            ["Matching:LoginProtection:PermitsPerAddress"] = "6",
            ["Matching:LoginProtection:PermitsPerAccount"] = "20",
            ["Matching:LoginProtection:Window"] = "00:10:00",
            ["Matching:LoginProtection:FailuresBeforeLockout"] = "3",
            ["Matching:LoginProtection:FirstLockout"] = "00:01:00",
            ["Matching:LoginProtection:MaxLockout"] = "00:03:00",
        })
        { ConfigureServices = s => s.AddSingleton<TimeProvider>(clock) };
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Sign_in_routes_answer_429_with_retry_after_per_account_and_per_address()
    {
        // Per account: the 21st attempt for one e-mail is refused, whichever address it comes from.
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync("nobody@test.local", "wrong", $"203.0.113.{100 + i}")).StatusCode);
        }

        await TooManyAsync(await LoginAsync("nobody@test.local", "wrong", "203.0.113.20"));

        // Per address, on /auth/login: the seventh request from one address is refused, whatever the account.
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync($"someone{i}@test.local", "wrong", "203.0.113.30")).StatusCode);
        }

        await TooManyAsync(await LoginAsync(MatchingApiFactory.AdminEmail, MatchingApiFactory.AdminPassword, "203.0.113.30"));

        // On /auth/refresh.
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync("/auth/refresh", new { refreshToken = "forged" }, "203.0.113.40")).StatusCode);
        }

        await TooManyAsync(await PostAsync("/auth/refresh", new { refreshToken = "forged" }, "203.0.113.40"));

        // On the web app's sign-in form, which answers a page.
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        HttpResponseMessage? form = null;
        for (var i = 0; i < 7; i++)
        {
            form = await PostFormAsync(client, $"form{i}@test.local", "wrong", "203.0.113.50");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, form!.StatusCode);
        Assert.InRange(int.Parse(form.Headers.RetryAfter!.ToString()), 1, 600);
        Assert.Contains("로그인 시도가 너무 많습니다", await form.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_failure_gets_the_same_answer_so_no_one_learns_which_accounts_exist()
    {
        var admin = await factory.LoginAsync();
        var disabled = await CreateAsync(admin, "Counsellor");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PatchAsJsonAsync($"/api/users/{disabled.Id}", new { disabled = true })).StatusCode);
        var locked = await CreateAsync(admin, "Counsellor");
        for (var i = 0; i < 3; i++)
        {
            await LoginAsync(locked.Email, "wrong", "198.51.100.1");
        }

        var answers = new[]
        {
            await LoginAsync("no-such-person@test.local", "Whatever-1", "198.51.100.2"),
            await LoginAsync(MatchingApiFactory.AdminEmail, "wrong-password", "198.51.100.3"),
            await LoginAsync(locked.Email, locked.Password, "198.51.100.4"),
            await LoginAsync(disabled.Email, disabled.Password, "198.51.100.5"),
        };
        var bodies = new List<string>();
        foreach (var answer in answers)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
            var body = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;
            bodies.Add(body.GetProperty("title").GetString() + "|" + body.GetProperty("detail").GetString());
        }

        Assert.Single(bodies.Distinct());
        var page = await PostFormAsync(factory.CreateClient(new() { AllowAutoRedirect = false }), locked.Email, locked.Password, "198.51.100.6");
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.True(html.Contains(Matching.Api.Auth.SignInMessages.Failed, StringComparison.Ordinal), $"{(int)page.StatusCode}: {html}");
    }

    [Fact]
    public async Task Wrong_passwords_lock_an_account_briefly_each_lockout_longer_and_an_admin_lifts_it()
    {
        var admin = await factory.LoginAsync();
        var user = await CreateAsync(admin, "Counsellor");

        await FailThriceAsync(user.Email, "192.0.2.1");
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(user.Email, user.Password, "192.0.2.2")).StatusCode);
        Assert.Equal(60, (await LockedUntilAsync(admin, user.Id) - clock.GetUtcNow()).TotalSeconds, 1);

        // The lockout ends by itself; three more wrong passwords in a row lock it twice as long.
        clock.Advance(TimeSpan.FromSeconds(61));
        await FailThriceAsync(user.Email, "192.0.2.3");
        Assert.Equal(120, (await LockedUntilAsync(admin, user.Id) - clock.GetUtcNow()).TotalSeconds, 1);
        clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(user.Email, user.Password, "192.0.2.4")).StatusCode);

        // An admin lifts it at once; a right password then clears the run, so the next lockout is short again.
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/users/{user.Id}/unlock", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(user.Email, user.Password, "192.0.2.5")).StatusCode);
        await FailThriceAsync(user.Email, "192.0.2.6");
        Assert.Equal(60, (await LockedUntilAsync(admin, user.Id) - clock.GetUtcNow()).TotalSeconds, 1);
    }

    [Fact]
    public async Task A_refresh_token_works_once_and_a_reused_one_revokes_its_whole_family()
    {
        var admin = await factory.LoginAsync();
        var user = await CreateAsync(admin, "Counsellor");
        var first = await TokensAsync(await LoginAsync(user.Email, user.Password, "192.0.2.10"));
        var second = await TokensAsync(await PostAsync("/auth/refresh", new { refreshToken = first.Refresh }, "192.0.2.10"));
        Assert.NotEqual(first.Refresh, second.Refresh);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/seekers", second.Access)).StatusCode);

        // The first token comes back (a copy): refused, and everything descended from it stops.
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync("/auth/refresh", new { refreshToken = first.Refresh }, "192.0.2.11")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync("/auth/refresh", new { refreshToken = second.Refresh }, "192.0.2.10")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/seekers", second.Access)).StatusCode);

        // Another sign-in of the same account is another family, untouched.
        var other = await TokensAsync(await LoginAsync(user.Email, user.Password, "192.0.2.12"));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/seekers", other.Access)).StatusCode);
    }

    [Fact]
    public async Task Signing_out_revokes_the_session_its_access_and_refresh_tokens_alike()
    {
        var admin = await factory.LoginAsync();
        var user = await CreateAsync(admin, "Counsellor");
        var kept = await TokensAsync(await LoginAsync(user.Email, user.Password, "192.0.2.20"));
        var ended = await TokensAsync(await LoginAsync(user.Email, user.Password, "192.0.2.20"));

        using var logout = new HttpRequestMessage(HttpMethod.Post, "/auth/logout");
        logout.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ended.Access);
        Assert.Equal(HttpStatusCode.NoContent, (await factory.CreateClient().SendAsync(logout)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/seekers", ended.Access)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync("/auth/refresh", new { refreshToken = ended.Refresh }, "192.0.2.20")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/seekers", kept.Access)).StatusCode);
    }

    [Fact]
    public async Task A_disabled_account_s_bearer_tokens_stop_at_once()
    {
        var admin = await factory.LoginAsync();
        var user = await CreateAsync(admin, "Counsellor");
        var tokens = await TokensAsync(await LoginAsync(user.Email, user.Password, "192.0.2.30"));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/seekers", tokens.Access)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PatchAsJsonAsync($"/api/users/{user.Id}", new { disabled = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/seekers", tokens.Access)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync("/auth/refresh", new { refreshToken = tokens.Refresh }, "192.0.2.30")).StatusCode);

        // Let back in, the account signs in anew: what it held before stays dead.
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PatchAsJsonAsync($"/api/users/{user.Id}", new { disabled = false })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/seekers", tokens.Access)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(user.Email, user.Password, "192.0.2.31")).StatusCode);
    }

    [Fact]
    public async Task An_access_token_already_read_still_stops_at_its_expiry()
    {
        var admin = await factory.LoginAsync();
        var user = await CreateAsync(admin, "Counsellor");
        var tokens = await TokensAsync(await LoginAsync(user.Email, user.Password, "192.0.2.35"));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/seekers", tokens.Access)).StatusCode);

        // Read once, the token is remembered (ValidatedTokenCache); its eight hours are counted all the same.
        clock.Advance(TimeSpan.FromHours(8) - TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/seekers", tokens.Access)).StatusCode);
        clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/seekers", tokens.Access)).StatusCode);
    }

    [Fact]
    public async Task An_admin_forces_a_password_reset_and_the_next_sign_in_must_choose_a_new_one()
    {
        var admin = await factory.LoginAsync();
        var user = await CreateAsync(admin, "Counsellor");
        var before = await TokensAsync(await LoginAsync(user.Email, user.Password, "192.0.2.40"));

        var reset = await HttpAssert.JsonAsync(await admin.PostAsync($"/api/users/{user.Id}/password-reset", null), HttpStatusCode.OK);
        var temporary = reset.GetProperty("temporaryPassword").GetString()!;
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/seekers", before.Access)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(user.Email, user.Password, "192.0.2.41")).StatusCode);
        await HttpAssert.ProblemAsync(await LoginAsync(user.Email, temporary, "192.0.2.42"), HttpStatusCode.Forbidden);

        await HttpAssert.ValidationErrorAsync(await PostAsync("/auth/password",
            new { email = user.Email, currentPassword = temporary, newPassword = "short" }, "192.0.2.43"), "newPassword");
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync("/auth/password",
            new { email = user.Email, currentPassword = "not-it", newPassword = "Brand-New-1" }, "192.0.2.43")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await PostAsync("/auth/password",
            new { email = user.Email, currentPassword = temporary, newPassword = "Brand-New-1" }, "192.0.2.43")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(user.Email, "Brand-New-1", "192.0.2.44")).StatusCode);
    }

    private sealed record Account(Guid Id, string Email, string Password);

    private sealed record Tokens(string Access, string Refresh);

    private static async Task<Account> CreateAsync(HttpClient admin, string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.local";
        const string password = "Role-Pass-1";
        var created = await HttpAssert.JsonAsync(await admin.PostAsJsonAsync("/api/users", new { email, password, role }), HttpStatusCode.Created);
        return new Account(created.GetProperty("id").GetGuid(), email, password);
    }

    private async Task FailThriceAsync(string email, string address)
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(email, "wrong-password", address)).StatusCode);
        }
    }

    private static async Task<DateTimeOffset> LockedUntilAsync(HttpClient admin, Guid id)
    {
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/users");
        return users.EnumerateArray().Single(u => u.GetProperty("id").GetGuid() == id).GetProperty("lockedUntil").GetDateTimeOffset();
    }

    private static async Task TooManyAsync(HttpResponseMessage response)
    {
        await HttpAssert.ProblemAsync(response, HttpStatusCode.TooManyRequests);
        Assert.InRange(int.Parse(response.Headers.RetryAfter!.ToString()), 1, 600);
    }

    private static async Task<Tokens> TokensAsync(HttpResponseMessage response)
    {
        var body = await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        return new Tokens(body.GetProperty("accessToken").GetString()!, body.GetProperty("refreshToken").GetString()!);
    }

    private Task<HttpResponseMessage> LoginAsync(string email, string password, string address) =>
        PostAsync("/auth/login", new { email, password }, address);

    private Task<HttpResponseMessage> PostAsync(string url, object body, string address)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Forwarded-For", address);
        return factory.CreateClient().SendAsync(request);
    }

    private Task<HttpResponseMessage> GetAsync(string url, string accessToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return factory.CreateClient().SendAsync(request);
    }

    /// <summary>The sign-in page as a browser posts it: the form's antiforgery token and cookie first.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string email, string password, string address)
    {
        var page = await client.GetStringAsync("/login");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var request = new HttpRequestMessage(HttpMethod.Post, "/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login", ["__RequestVerificationToken"] = token, ["Input.Email"] = email, ["Input.Password"] = password,
            }),
        };
        request.Headers.Add("X-Forwarded-For", address);
        return await client.SendAsync(request);
    }
}
