using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Matching.IntegrationTests.Infrastructure;

namespace Matching.IntegrationTests.Auth;

public sealed class AccountStateTests : IClassFixture<MatchingApiFactory>
{
    private readonly MatchingApiFactory factory;

    public AccountStateTests(MatchingApiFactory factory) => this.factory = factory;

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_or_refresh_until_an_admin_lets_it_back()
    {
        var admin = await factory.LoginAsync();
        var email = $"disabled-{Guid.NewGuid():N}@test.local";
        var created = await HttpAssert.JsonAsync(
            await admin.PostAsJsonAsync("/api/users", new { email, password = "Role-Pass-1", role = "Counsellor" }), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var anonymous = factory.CreateClient();
        var tokens = await HttpAssert.JsonAsync(await anonymous.PostAsJsonAsync("/auth/login", new { email, password = "Role-Pass-1" }), HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PatchAsJsonAsync($"/api/users/{id}", new { disabled = true })).StatusCode);

        var refused = await anonymous.PostAsJsonAsync("/auth/login", new { email, password = "Role-Pass-1" });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var refresh = await anonymous.PostAsJsonAsync("/auth/refresh", new { refreshToken = tokens.GetProperty("refreshToken").GetString() });
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/users", MatchingApiFactory.Json);
        Assert.True(listed.EnumerateArray().Single(u => u.GetProperty("id").GetGuid() == id).GetProperty("disabled").GetBoolean());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PatchAsJsonAsync($"/api/users/{id}", new { disabled = false })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/auth/login", new { email, password = "Role-Pass-1" })).StatusCode);
    }

    [Fact]
    public async Task An_admin_cannot_disable_itself_and_a_missing_flag_is_named()
    {
        var admin = await factory.LoginAsync();
        var me = (await admin.GetFromJsonAsync<JsonElement>("/api/users", MatchingApiFactory.Json)).EnumerateArray()
            .Single(u => u.GetProperty("email").GetString() == MatchingApiFactory.AdminEmail).GetProperty("id").GetGuid();

        var self = await admin.PatchAsJsonAsync($"/api/users/{me}", new { disabled = true });
        Assert.Equal(HttpStatusCode.Conflict, self.StatusCode);

        var missing = await HttpAssert.JsonAsync(await admin.PatchAsJsonAsync($"/api/users/{me}", new { }), HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("disabled", out _));

        var counsellor = await factory.ClientForRoleAsync("Counsellor");
        Assert.Equal(HttpStatusCode.Forbidden, (await counsellor.PatchAsJsonAsync($"/api/users/{me}", new { disabled = true })).StatusCode);
    }
}
