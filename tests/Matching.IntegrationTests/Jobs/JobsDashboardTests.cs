using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Hangfire;
using Hangfire.Storage;
using Matching.Infrastructure.Events;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Jobs;

/// <summary>
/// Hangfire's dashboard at /hangfire over HTTP: anonymous API calls get 401 and anonymous browsers the sign-in page,
/// roles other than Admin and Organiser 403; the organiser reads but cannot act, the admin acts, and a command without
/// the antiforgery token is refused. Bearer tokens and the web app's sign-in cookie both open it.
/// </summary>
public sealed partial class JobsDashboardTests(MatchingApiFactory factory) : IClassFixture<MatchingApiFactory>
{
    [Fact]
    public async Task An_anonymous_api_call_gets_401()
    {
        var anonymous = factory.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/hangfire/recurring")).StatusCode);
    }

    [Theory]
    [InlineData("Counsellor")]
    [InlineData("Employer")]
    public async Task Roles_other_than_admin_and_organiser_get_403(string role)
    {
        var client = await ClientAsync(role);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/hangfire/recurring")).StatusCode);
    }

    [Fact]
    public async Task The_organiser_reads_the_dashboard_but_cannot_trigger_a_job()
    {
        var organiser = await ClientAsync("Organiser");
        var before = CloseOut().LastJobId;

        var page = await organiser.GetAsync("/hangfire/recurring");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(CloseOutJob.RecurringJobId, html);
        var trigger = await TriggerAsync(organiser, html);

        // The token passed the antiforgery check (else 403): Hangfire refuses a read-only user's command with its 401.
        Assert.Equal(HttpStatusCode.Unauthorized, trigger.StatusCode);
        Assert.Equal(before, CloseOut().LastJobId);
    }

    [Fact]
    public async Task The_admin_triggers_a_recurring_job_with_the_antiforgery_token_and_not_without()
    {
        var admin = await factory.LoginAsync();
        var before = CloseOut().LastJobId;
        var html = await (await admin.GetAsync("/hangfire/recurring")).Content.ReadAsStringAsync();

        var withoutToken = await admin.PostAsync("/hangfire/recurring/trigger", Form());
        Assert.Equal(HttpStatusCode.Forbidden, withoutToken.StatusCode);
        Assert.Equal(before, CloseOut().LastJobId);

        var trigger = await TriggerAsync(admin, html);
        Assert.Equal(HttpStatusCode.NoContent, trigger.StatusCode);
        Assert.NotEqual(before, CloseOut().LastJobId);
    }

    [Fact]
    public async Task The_admin_sees_the_dashboard_pages_in_a_browser_shape()
    {
        var admin = await factory.LoginAsync();

        foreach (var path in new[] { "/hangfire", "/hangfire/servers", "/hangfire/jobs/enqueued", "/hangfire/recurring" })
        {
            var response = await admin.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task An_anonymous_browser_is_sent_to_sign_in_and_comes_back_to_the_dashboard()
    {
        var browser = Browser();

        var asked = await browser.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal("/login?returnUrl=%2Fhangfire", asked.Headers.Location?.PathAndQuery);
        var back = await SignInAsync(browser, MatchingApiFactory.AdminEmail, MatchingApiFactory.AdminPassword, "/hangfire");
        Assert.Equal("/hangfire", back);
        var dashboard = await browser.GetAsync(back);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("Matching 작업", await dashboard.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signed_in_browsers_get_what_their_role_may_see()
    {
        var (organiserEmail, counsellorEmail) = (await AccountAsync("Organiser"), await AccountAsync("Counsellor"));
        var organiser = Browser();
        await SignInAsync(organiser, organiserEmail, RolePassword, "/hangfire");
        var counsellor = Browser();
        await SignInAsync(counsellor, counsellorEmail, RolePassword, "/hangfire");

        var page = await organiser.GetAsync("/hangfire/recurring");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TriggerAsync(organiser, await page.Content.ReadAsStringAsync())).StatusCode);
        var refused = await counsellor.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/forbidden", refused.Headers.Location?.PathAndQuery);
    }

    /// <summary>On PostgreSQL the storage has a connection string: no page shows any of it.</summary>
    [PostgresFact]
    public async Task The_storage_connection_string_is_never_displayed()
    {
        var connectionString = PostgresFactAttribute.NewDatabase();
        var database = Regex.Match(connectionString, "Database=([^;]+)").Groups[1].Value;
        await using var postgres = new MatchingApiFactory("PostgreSql", connectionString);
        var admin = await postgres.LoginAsync();

        foreach (var path in new[] { "/hangfire", "/hangfire/servers", "/hangfire/recurring" })
        {
            var html = await (await admin.GetAsync(path)).Content.ReadAsStringAsync();
            Assert.Contains("Matching 작업", html);
            Assert.DoesNotContain(database, html);
            Assert.DoesNotContain("Password", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("127.0.0.1", html);
        }
    }

    private const string RolePassword = "Role-Pass-1";

    /// <summary>A client that asks for pages as a browser does, keeps cookies and does not follow redirects.</summary>
    private HttpClient Browser()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        return client;
    }

    /// <summary>Signs in through the web app's /login form; returns where it sends the browser next.</summary>
    private static async Task<string?> SignInAsync(HttpClient browser, string email, string password, string returnUrl)
    {
        var login = await browser.GetStringAsync($"/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        var token = FormToken().Match(login).Groups[1].Value;
        var response = await browser.PostAsync($"/login?returnUrl={Uri.EscapeDataString(returnUrl)}", new FormUrlEncodedContent(
        [
            new("_handler", "login"), new("__RequestVerificationToken", token), new("Input.Email", email), new("Input.Password", password),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location is { IsAbsoluteUri: true } absolute ? absolute.PathAndQuery : response.Headers.Location?.OriginalString;
    }

    private async Task<string> AccountAsync(string role)
    {
        var admin = await factory.LoginAsync();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.local";
        (await admin.PostAsJsonAsync("/api/users", new { email, password = RolePassword, role })).EnsureSuccessStatusCode();
        return email;
    }

    private async Task<HttpClient> ClientAsync(string role)
    {
        if (role != "Employer")
        {
            return await factory.ClientForRoleAsync(role);
        }

        var admin = await factory.LoginAsync();
        var employer = await HttpAssert.JsonAsync(await admin.PostAsJsonAsync("/api/employers", Bodies.Employer(Bodies.BusinessNumber(47_000))), HttpStatusCode.Created);
        return await factory.ClientForRoleAsync(role, employer.GetProperty("id").GetGuid());
    }

    /// <summary>POSTs the dashboard's trigger command as its page does: the token from its meta tags, in a header.</summary>
    private static async Task<HttpResponseMessage> TriggerAsync(HttpClient client, string html)
    {
        var header = CsrfHeader().Match(html);
        var token = CsrfToken().Match(html);
        Assert.True(header.Success && token.Success, "the dashboard page carries no antiforgery token");
        var request = new HttpRequestMessage(HttpMethod.Post, "/hangfire/recurring/trigger") { Content = Form() };
        request.Headers.Add(header.Groups[1].Value, token.Groups[1].Value);
        return await client.SendAsync(request);
    }

    private static FormUrlEncodedContent Form() => new([new("jobs[]", CloseOutJob.RecurringJobId)]);

    private RecurringJobDto CloseOut()
    {
        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs([CloseOutJob.RecurringJobId]).Single();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();

    [GeneratedRegex("<meta name=\"csrf-header\" content=\"([^\"]+)\"")]
    private static partial Regex CsrfHeader();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex CsrfToken();
}
