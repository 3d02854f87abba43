using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Matching.WebTests.Browser;

/// <summary>
/// The forms with typeaheads and the pages that follow jobs by push, at a desk's width and a phone's: each opens in
/// Korean with nothing wider than the screen. Each is saved beside the test output as {name}-{width}.png.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class TouchedPagesTests(WebAppHost host)
{
    private static readonly int[] Widths = [1400, 390];

    [BrowserFact]
    public Task Forms_and_live_pages_fit_a_desk_and_a_phone() => PageEvidence.ShowOnFailureAsync(async pages =>
    {
        var run = Guid.NewGuid().ToString("N")[..4];
        Guid eventId;
        using (var counsellor = await host.ApiClientAsync("counsellor@demo.local"))
        using (var organiser = await host.ApiClientAsync("organiser@demo.local"))
        {
            var (employerId, openingId) = await FairSetup.CareEmployerAsync(counsellor, $"(주)화면케어{run}");
            eventId = await FairSetup.EventOnNowAsync(organiser, $"화면 확인 채용한마당 {run}");
            await FairSetup.BoothAsync(organiser, eventId, employerId, openingId);
        }

        var employer = await host.SignInAsync("employer@demo.local");
        var counsellorPage = await host.SignInAsync("counsellor@demo.local");
        var organiserPage = await host.SignInAsync("organiser@demo.local");
        var admin = await host.SignInAsync(WebAppHost.AdminEmail, password: WebAppHost.AdminPassword);
        pages.AddRange([employer, counsellorPage, organiserPage, admin]);
        var tour = new (IPage Page, string Url, string Heading, string Name)[]
        {
            (employer, "/employer/openings/new", "채용공고 등록", "touched-opening-new"),
            (counsellorPage, "/counsellor/seekers/new", "구직자 등록", "touched-seeker-intake"),
            (counsellorPage, "/manager/import", "자료 가져오기", "touched-import"),
            (organiserPage, $"/events/{eventId}", $"화면 확인 채용한마당 {run}", "touched-event-setup"),
            (admin, "/admin/users", "계정 관리", "touched-admin-users"),
        };
        var overflowing = new List<string>();
        foreach (var (page, url, heading, name) in tour)
        {
            foreach (var width in Widths)
            {
                await page.SetViewportSizeAsync(width, 900);
                await page.GotoAsync(url);
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading }).First).ToBeVisibleAsync();
                await Expect(page.GetByText("이 화면을 보여 주다가 오류가 생겼습니다")).ToHaveCountAsync(0);
                await page.WaitForTimeoutAsync(400);
                var (content, screen) = await WidthsAsync(page);
                if (content > screen)
                {
                    overflowing.Add($"{url} at {width}: {content} px wide");
                }

                var folders = new List<string> { Path.Combine(AppContext.BaseDirectory, "screenshots") };
                if (Environment.GetEnvironmentVariable("MATCHING_TOUCHED_SCREENSHOTS") is { Length: > 0 } extra)
                {
                    folders.Add(extra);
                }

                foreach (var folder in folders)
                {
                    Directory.CreateDirectory(folder);
                    await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{width}.png"), FullPage = true });
                }
            }
        }

        Assert.Empty(overflowing);
    });

    private static async Task<(int Content, int Screen)> WidthsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        return (widths[0], widths[1]);
    }
}
