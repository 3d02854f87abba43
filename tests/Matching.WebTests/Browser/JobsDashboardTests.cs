using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Matching.WebTests.Browser;

/// <summary>Hangfire's dashboard in the browser, behind the web app's cookie sign-in.</summary>
[Collection(WebAppCollection.Name)]
public sealed class JobsDashboardTests(WebAppHost host)
{
    /// <summary>Hangfire's own markup: the recurring jobs page's "trigger now" command.</summary>
    private const string TriggerButton = "button[data-url$='/recurring/trigger']";

    [BrowserFact]
    public async Task An_anonymous_browser_signs_in_on_its_way_to_the_dashboard_where_the_admin_acts_and_an_organiser_only_looks()
    {
        var page = await (await host.NewContextAsync()).NewPageAsync();
        await page.GotoAsync("/hangfire/recurring");
        Assert.Contains("/login?returnUrl=%2Fhangfire%2Frecurring", page.Url, StringComparison.Ordinal);

        await page.GetByLabel("이메일").FillAsync(WebAppHost.AdminEmail);
        await page.GetByLabel("비밀번호").FillAsync(WebAppHost.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "로그인" }).ClickAsync();
        await page.WaitForURLAsync("**/hangfire/recurring");
        await Expect(page.GetByText("close-out").First).ToBeVisibleAsync();
        await Expect(page.Locator(TriggerButton)).ToHaveCountAsync(1);

        var organiser = await host.SignInAsync("organiser@demo.local", "/hangfire/recurring");
        await Expect(organiser.GetByText("close-out").First).ToBeVisibleAsync();
        await Expect(organiser.Locator(TriggerButton)).ToHaveCountAsync(0);
    }
}
