using System.Net;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Matching.WebTests.Browser;

[Collection(WebAppCollection.Name)]
public sealed class SignInTests(WebAppHost host)
{
    [BrowserFact]
    public async Task Each_role_signs_in_to_its_own_home_and_is_refused_the_other_roles_pages()
    {
        var counsellor = await host.SignInAsync("counsellor@demo.local");
        await Expect(counsellor.GetByRole(AriaRole.Heading, new() { Name = "오늘의 상담 업무" })).ToBeVisibleAsync();
        await Expect(counsellor.GetByRole(AriaRole.Link, new() { Name = "구직자 등록" }).First).ToBeVisibleAsync();
        await AssertRefusedAsync(counsellor, "/employer/openings");
        await AssertRefusedAsync(counsellor, "/admin/users");

        var employer = await host.SignInAsync("employer@demo.local");
        await Expect(employer.GetByRole(AriaRole.Heading, new() { Name = "우리 회사 채용공고" })).ToBeVisibleAsync();
        await Expect(employer.GetByRole(AriaRole.Link, new() { Name = "구직자 찾기" })).ToHaveCountAsync(0);
        await AssertRefusedAsync(employer, "/counsellor/seekers");
        await AssertRefusedAsync(employer, "/admin/users");

        var organiser = await host.SignInAsync("organiser@demo.local");
        await Expect(organiser.GetByRole(AriaRole.Heading, new() { Name = "다가오는 채용행사" })).ToBeVisibleAsync();
        await AssertRefusedAsync(organiser, "/counsellor/seekers/new");
        await AssertRefusedAsync(organiser, "/employer/openings/new");

        var admin = await host.SignInAsync(WebAppHost.AdminEmail, "/admin/users", WebAppHost.AdminPassword);
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "계정 관리" })).ToBeVisibleAsync();
        await Expect(admin.GetByRole(AriaRole.Cell, new() { Name = "counsellor@demo.local" })).ToBeVisibleAsync();
        await AssertRefusedAsync(admin, "/employer/openings");
    }

    [BrowserFact]
    public async Task A_page_asked_for_before_signing_in_leads_to_login_and_back_while_the_api_answers_401()
    {
        var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/counsellor/seekers?q=1");
        Assert.Contains("/login?returnUrl=%2Fcounsellor%2Fseekers%3Fq%3D1", page.Url, StringComparison.Ordinal);

        await page.GetByLabel("이메일").FillAsync("counsellor@demo.local");
        await page.GetByLabel("비밀번호").FillAsync("wrong-password-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "로그인" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(Matching.Api.Auth.SignInMessages.Failed);

        await page.GetByLabel("이메일").FillAsync("counsellor@demo.local");
        await page.GetByLabel("비밀번호").FillAsync(WebAppHost.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "로그인" }).ClickAsync();
        await page.WaitForURLAsync("**/counsellor/seekers?q=1");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "구직자 찾기" })).ToBeVisibleAsync();

        // The same browser's cookie does not open the API: it answers 401 to anything without a bearer token.
        var api = await context.APIRequest.GetAsync("/api/seekers");
        Assert.Equal((int)HttpStatusCode.Unauthorized, api.Status);
        using var plain = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(host.BaseUrl) };
        Assert.Equal(HttpStatusCode.Unauthorized, (await plain.GetAsync("/api/seekers")).StatusCode);

        await page.GetByRole(AriaRole.Button, new() { Name = "로그아웃" }).ClickAsync();
        await page.WaitForURLAsync("**/login");
        await page.GotoAsync("/counsellor/seekers");
        Assert.Contains("/login?returnUrl=", page.Url, StringComparison.Ordinal);
    }

    private static async Task AssertRefusedAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await Expect(page.GetByText("권한이 없습니다")).ToBeVisibleAsync();
    }
}
