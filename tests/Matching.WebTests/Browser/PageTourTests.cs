using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Matching.WebTests.Browser;

/// <summary>
/// Every page of the desks opens without an error and in Korean. Each is saved as a screenshot beside the
/// test output; with MATCHING_SCREENSHOTS set to a folder (docs/screenshots) they are written there too.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class PageTourTests(WebAppHost host)
{
    [BrowserFact]
    public Task Every_desk_page_opens_in_korean() => PageEvidence.ShowOnFailureAsync(async pages =>
    {
        var login = await (await host.NewContextAsync()).NewPageAsync();
        pages.Add(login);
        await login.GotoAsync("/login");
        await ShotAsync(login, "login", "일자리 매칭");

        var counsellor = await host.SignInAsync("counsellor@demo.local");
        pages.Add(counsellor);
        await ShotAsync(counsellor, "counsellor-home", "오늘의 상담 업무");
        await counsellor.GotoAsync("/counsellor/seekers");
        await ShotAsync(counsellor, "counsellor-seekers", "구직자 찾기");
        await counsellor.GotoAsync("/counsellor/seekers/new");
        await counsellor.GetByTestId("occupation-picker").FillAsync("요양");
        await Expect(counsellor.GetByText("요양 보호사 및 간병인").First).ToBeVisibleAsync();
        await ShotAsync(counsellor, "counsellor-intake", "구직자 등록", fullPage: false);

        using var api = await host.ApiClientAsync("counsellor@demo.local");
        var seekers = await api.GetFromJsonAsync<JsonElement>("/api/seekers?q=" + Uri.EscapeDataString("김"));
        var seeker = seekers.EnumerateArray().First();
        await counsellor.GotoAsync($"/counsellor/seekers/{seeker.GetProperty("id").GetGuid()}");
        await ShotAsync(counsellor, "counsellor-seeker", "추천 일자리", fullPage: false);

        var employer = await host.SignInAsync("employer@demo.local", "/employer/openings");
        pages.Add(employer);
        await ShotAsync(employer, "employer-openings", "채용공고");
        await employer.Locator("a[href^='/employer/openings/']").Filter(new() { HasNotText = "공고 등록" }).First.ClickAsync();
        await Expect(employer).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/employer/openings/[0-9a-f-]{36}$"), new() { Timeout = 30_000 });
        await ShotAsync(employer, "employer-opening", "추천 구직자", fullPage: false);
        await employer.GotoAsync("/employer/openings/new");
        await employer.GetByTestId("wage-min").FillAsync("1500000");
        await employer.GetByRole(AriaRole.Button, new() { Name = "공고 등록" }).Last.ClickAsync();
        await Expect(employer.GetByText("보다 낮습니다").First).ToBeVisibleAsync();
        await ShotAsync(employer, "employer-new-opening", "채용공고 등록", fullPage: false);

        var admin = await host.SignInAsync(WebAppHost.AdminEmail, "/admin/users", WebAppHost.AdminPassword);
        pages.Add(admin);
        await ShotAsync(admin, "admin-users", "계정 관리");
    });

    internal static async Task ShotAsync(IPage page, string name, string heading, bool fullPage = true)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading }).First).ToBeVisibleAsync();
        await Expect(page.GetByText("이 화면을 보여 주다가 오류가 생겼습니다")).ToHaveCountAsync(0);
        await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        // Let animations (snackbars, popovers) settle so the picture shows the page as a person sees it.
        await page.WaitForTimeoutAsync(400);
        var folders = new List<string> { Path.Combine(AppContext.BaseDirectory, "screenshots") };
        if (Environment.GetEnvironmentVariable("MATCHING_SCREENSHOTS") is { Length: > 0 } docs)
        {
            folders.Add(docs);
        }

        foreach (var folder in folders)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = fullPage });
        }
    }
}
