using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Matching.WebTests.Browser;

/// <summary>
/// The import page's bar and the set-up page's pre-match status move from pushes: each committed chunk of an import
/// and the pre-match job's start and end are announced on the bus, and every node hands them to its open pages.
/// The page records every value its bar showed, so a test sees the steps between the first and the last.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class LiveProgressTests(WebAppHost host)
{
    /// <summary>Five chunks of the default 5,000 lines; hired in 2018, a year no other test reads figures of.</summary>
    private const int Placements = 25_000;

    [BrowserFact]
    public Task The_import_bar_moves_chunk_by_chunk_and_finishes() => PageEvidence.ShowOnFailureAsync(async pages =>
    {
        var page = await host.SignInAsync("counsellor@demo.local", "/manager/import");
        pages.Add(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "자료 가져오기" })).ToBeVisibleAsync();
        await RecordAsync(page, "[data-testid=import-progress]", "data-processed");

        await page.GetByLabel("가져올 자료", new() { Exact = true }).ClickAsync();
        await page.Locator(".mud-popover-open").GetByText("취업 기록", new() { Exact = true }).ClickAsync();
        await Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        var file = Path.Combine(Path.GetTempPath(), $"placements-2018-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, PlacementsCsv());
        try
        {
            await page.Locator("input[type=file]").Last.SetInputFilesAsync(file);
            var job = page.GetByTestId("import-job");
            await Expect(job).ToHaveAttributeAsync("data-state", "Completed", new() { Timeout = 120_000 });
        }
        finally
        {
            File.Delete(file);
        }

        var bar = page.GetByTestId("import-progress");
        await Expect(bar).ToHaveAttributeAsync("data-processed", Placements.ToString(CultureInfo.InvariantCulture));
        await Expect(page.GetByTestId("import-counts")).ToContainTextAsync("가져옴 25,000 · 거부 0");
        var shown = await ShownAsync(page);
        Assert.Contains(shown, p => p is > 0 and < Placements);
        Assert.Equal(shown.Order(), shown);
        await Expect(page.GetByTestId("import-row").First).ToContainTextAsync("완료");
    });

    [BrowserFact]
    public Task The_prematch_status_follows_the_job_to_its_end() => PageEvidence.ShowOnFailureAsync(async pages =>
    {
        var run = Guid.NewGuid().ToString("N")[..4];
        var employerName = $"(주)진행케어{run}";
        Guid eventId;
        using (var counsellor = await host.ApiClientAsync("counsellor@demo.local"))
        using (var organiser = await host.ApiClientAsync("organiser@demo.local"))
        {
            var (employerId, openingId) = await FairSetup.CareEmployerAsync(counsellor, employerName);
            eventId = await FairSetup.EventOnNowAsync(organiser, $"사전매칭 진행 {run}");
            await FairSetup.BoothAsync(organiser, eventId, employerId, openingId);
            foreach (var name in new[] { "구슬기", "나한결" })
            {
                var seekerId = await FairSetup.SeekerAsync(counsellor, name);
                var joined = await organiser.PostAsJsonAsync($"/api/events/{eventId}/seekers", new { seekerId, maxInterviews = 1 });
                Assert.True(joined.IsSuccessStatusCode, await joined.Content.ReadAsStringAsync());
            }
        }

        var page = await host.SignInAsync("organiser@demo.local", $"/events/{eventId}");
        pages.Add(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "사전매칭 · 시간표" }).ClickAsync();
        await Expect(page.GetByText("사전매칭 전")).ToBeVisibleAsync();
        await RecordAsync(page, "[data-testid=prematch-status]", "data-status");

        await page.GetByRole(AriaRole.Button, new() { Name = "사전매칭 실행" }).ClickAsync();
        await Expect(page.GetByTestId("prematch-status")).ToHaveAttributeAsync("data-status", "Done", new() { Timeout = 30_000 });
        await Expect(page.GetByText("사전매칭 완료")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("prematch-summary")).ToContainTextAsync("배정된 구직자 2명");
        await Expect(page.GetByRole(AriaRole.Progressbar)).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "사전매칭 실행" })).ToBeEnabledAsync();

        // The bar showed while the job waited or ran, and went when the push of its end came.
        var shown = await page.EvaluateAsync<string[]>("() => window.__shown");
        Assert.Equal(["None", "Queued", "Done"], shown.Distinct());

        // The attendees' column follows the same push.
        await page.GetByRole(AriaRole.Tab, new() { Name = "참가 구직자 2" }).ClickAsync();
        await Expect(page.GetByTestId("attendee-row").Filter(new() { HasText = "배정" })).ToHaveCountAsync(2);
    });

    /// <summary>Keeps every value <paramref name="attribute"/> of the element takes, in the page, as each render lands.</summary>
    private static Task RecordAsync(IPage page, string selector, string attribute) => page.EvaluateAsync(
        """
        ([selector, attribute]) => {
            window.__shown = [];
            const look = () => {
                const value = document.querySelector(selector)?.getAttribute(attribute);
                if (value != null && window.__shown[window.__shown.length - 1] !== value) window.__shown.push(value);
            };
            look();
            new MutationObserver(look).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: [attribute] });
        }
        """, new[] { selector, attribute });

    private static async Task<List<int>> ShownAsync(IPage page) =>
        (await page.EvaluateAsync<string[]>("() => window.__shown")).Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToList();

    private static string PlacementsCsv()
    {
        var text = new StringBuilder("hiredOn,gender,birthYear,occupation,registeredOn\n");
        for (var i = 0; i < Placements; i++)
        {
            var hired = new DateOnly(2018, 1, 1).AddDays(i % 360);
            text.Append(CultureInfo.InvariantCulture, $"{hired:yyyy-MM-dd},{(i % 2 == 0 ? "Female" : "Male")},{1960 + i % 40},5501,{hired.AddDays(-30):yyyy-MM-dd}\n");
        }

        return text.ToString();
    }
}
