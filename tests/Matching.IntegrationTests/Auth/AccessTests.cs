using System.Net;
using System.Net.Http.Json;
using Matching.IntegrationTests.Infrastructure;

namespace Matching.IntegrationTests.Auth;

public sealed class AccessTests : IClassFixture<MatchingApiFactory>
{
    private readonly MatchingApiFactory factory;

    public AccessTests(MatchingApiFactory factory) => this.factory = factory;

    [Theory]
    [InlineData("/api/seekers")]
    [InlineData("/api/employers")]
    [InlineData("/api/occupations?q=요양")]
    [InlineData("/api/users")]
    public async Task Api_routes_answer_401_without_a_token(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_a_401_problem()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/auth/login",
            new { email = MatchingApiFactory.AdminEmail, password = "wrong-password" });
        await HttpAssert.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Login_returns_a_bearer_token_and_a_refresh_token_that_renews_it()
    {
        var client = factory.CreateClient();
        var login = await HttpAssert.JsonAsync(await client.PostAsJsonAsync("/auth/login",
            new { email = MatchingApiFactory.AdminEmail, password = MatchingApiFactory.AdminPassword }), HttpStatusCode.OK);
        Assert.False(string.IsNullOrEmpty(login.GetProperty("accessToken").GetString()));
        Assert.True(login.GetProperty("expiresIn").GetInt64() > 0);

        var refreshed = await HttpAssert.JsonAsync(await client.PostAsJsonAsync("/auth/refresh",
            new { refreshToken = login.GetProperty("refreshToken").GetString() }), HttpStatusCode.OK);
        Assert.False(string.IsNullOrEmpty(refreshed.GetProperty("accessToken").GetString()));
    }

    [Theory]
    [InlineData("Employer", "/api/seekers")]
    [InlineData("Organiser", "/api/seekers")]
    [InlineData("Counsellor", "/api/users")]
    public async Task The_wrong_role_gets_403(string role, string url)
    {
        Guid? employerId = null;
        if (role == "Employer")
        {
            var counsellor = await factory.ClientForRoleAsync("Counsellor");
            employerId = (await HttpAssert.JsonAsync(await counsellor.PostAsJsonAsync("/api/employers",
                Bodies.Employer(Bodies.BusinessNumber(Random.Shared.Next(1, 100_000)))), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        }

        var client = await factory.ClientForRoleAsync(role, employerId);
        await HttpAssert.ProblemAsync(await client.GetAsync(url), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Only_an_admin_creates_accounts_and_each_field_is_checked()
    {
        var admin = await factory.LoginAsync();
        await HttpAssert.ValidationErrorAsync(await admin.PostAsJsonAsync("/api/users",
            new { email = "x@test.local", password = "Pass-1234", role = "Boss" }), "role");
        await HttpAssert.ValidationErrorAsync(await admin.PostAsJsonAsync("/api/users",
            new { email = "y@test.local", password = "Pass-1234", role = "Employer" }), "employerId");
        await HttpAssert.ValidationErrorAsync(await admin.PostAsJsonAsync("/api/users",
            new { email = "z@test.local", password = "short", role = "Counsellor" }), "password");
        await HttpAssert.ValidationErrorAsync(await admin.PostAsJsonAsync("/api/users",
            new { email = "not-an-email", password = "Pass-1234", role = "Counsellor" }), "email");

        var counsellor = await factory.ClientForRoleAsync("Counsellor");
        await HttpAssert.ProblemAsync(await counsellor.PostAsJsonAsync("/api/users",
            new { email = "w@test.local", password = "Pass-1234", role = "Admin" }), HttpStatusCode.Forbidden);
    }
}
