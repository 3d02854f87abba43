using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Matching.WebTests.Browser;

/// <summary>
/// The pages under the security policy (a strict CSP: scripts from this origin only), with nothing blocked,
/// and the privacy pages: consents given and withdrawn at the desk, and the access history a seeker asks for.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class PrivacyPagesTests(WebAppHost host)
{
    [BrowserFact]
    public Task Pages_work_under_the_security_policy_and_a_seeker_gets_the_history_of_who_read_their_data() => PageEvidence.ShowOnFailureAsync(async pages =>
    {
        var blocked = new List<string>();
        using var api = await host.ApiClientAsync("counsellor@demo.local");
        var seeker = (await api.GetFromJsonAsync<JsonElement>("/api/seekers?q=" + Uri.EscapeDataString("이"))).EnumerateArray().First();
        var seekerId = seeker.GetProperty("id").GetGuid();
        var name = seeker.GetProperty("name").GetString()!;

        var counsellor = await host.SignInAsync("counsellor@demo.local", "/counsellor/seekers");
        pages.Add(counsellor);
        PageEvidence.WatchForBlocked(counsellor, blocked);
        var response = await counsellor.ReloadAsync();
        Assert.Contains("frame-ancestors 'none'", response!.Headers["content-security-policy"], StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers["x-content-type-options"]);

        // Interactive search and the typeahead run over the circuit the policy lets through (once the list is up).
        await Expect(counsellor.GetByText("전체 ")).ToBeVisibleAsync();
        await counsellor.GetByTestId("seeker-search").FillAsync(name);
        await Expect(counsellor.GetByRole(AriaRole.Cell, new() { Name = name }).First).ToBeVisibleAsync();
        await counsellor.GotoAsync("/counsellor/seekers/new");
        await counsellor.GetByTestId("occupation-picker").FillAsync("요양");
        await Expect(counsellor.GetByText("요양 보호사 및 간병인").First).ToBeVisibleAsync();

        // Withdrawing consent to matching at the desk empties the seeker's suggestions at once.
        await counsellor.GotoAsync($"/counsellor/seekers/{seekerId}");
        await Expect(counsellor.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync();
        await counsellor.GetByRole(AriaRole.Button, new() { Name = "매칭 동의 철회" }).ClickAsync();
        await Expect(counsellor.GetByText("매칭 미동의 — 추천 목록에 나타나지 않습니다")).ToBeVisibleAsync();
        await Expect(counsellor.GetByTestId("opening-match")).ToHaveCountAsync(0);
        await counsellor.GetByRole(AriaRole.Button, new() { Name = "매칭 동의 받기" }).ClickAsync();
        await Expect(counsellor.GetByText("매칭 동의 함")).ToBeVisibleAsync();
        await PageTourTests.ShotAsync(counsellor, "counsellor-seeker-consents", name, fullPage: false);

        // 열람 청구: the history lists the reads of this page and of the API, and the consent changes, with who made them.
        await counsellor.GetByRole(AriaRole.Link, new() { Name = "열람 기록 출력" }).ClickAsync();
        await Expect(counsellor.GetByRole(AriaRole.Heading, new() { Name = "개인정보 열람 기록" })).ToBeVisibleAsync();
        var entries = counsellor.GetByTestId("access-entries");
        await Expect(entries.GetByText($"page /counsellor/seekers/{seekerId}").First).ToBeVisibleAsync();
        await Expect(entries.GetByText("GET /api/seekers/").First).ToBeVisibleAsync();
        await Expect(entries.GetByText("변경").First).ToBeVisibleAsync();
        await Expect(entries.GetByText("counsellor@demo.local").First).ToBeVisibleAsync();
        await PageTourTests.ShotAsync(counsellor, "counsellor-access-history", "개인정보 열람 기록");
        await counsellor.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(counsellor.GetByRole(AriaRole.Button, new() { Name = "인쇄" })).ToBeHiddenAsync();

        var admin = await host.SignInAsync(WebAppHost.AdminEmail, "/admin/users", WebAppHost.AdminPassword);
        pages.Add(admin);
        PageEvidence.WatchForBlocked(admin, blocked);
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "계정 관리" })).ToBeVisibleAsync();

        Assert.True(blocked.Count == 0, "blocked or failed in the browser:\n" + string.Join("\n", blocked));
    });
}
