using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Matching.WebTests.Browser;

/// <summary>
/// A person picks from a typeahead, clicks the next field and types on without waiting for the page. On a slow
/// link the pick's answer comes back while they type; what they type must all stay in the field they typed it
/// into. (A CI run of the desks' journey once found the employer's wage empty at submit: the typeahead had
/// taken the focus back a round trip after the pick, so the keys went into its box.)
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class TypingDuringRenderTests(WebAppHost host)
{
    [BrowserFact]
    public Task The_wage_typed_while_the_chosen_occupation_comes_back_stays_in_the_opening_form() => PageEvidence.ShowOnFailureAsync(async pages =>
    {
        var (page, link) = await OpenAsync("employer@demo.local", "/employer/openings/new", "채용공고 등록");
        pages.Add(page);
        await page.GetByTestId("opening-occupation").FillAsync("요양");
        var wage = page.GetByTestId("wage-min");
        await PickThenTypeAsync(page, link, page.GetByText("요양 보호사 및 간병인").First, wage, "2400000");

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "요양 보호사 및 간병인 (5501) 닫기" })).ToBeVisibleAsync();
        await page.GetByTestId("title").ClickAsync();
        await Expect(wage).ToHaveValueAsync("2,400,000");
    });

    [BrowserFact]
    public Task The_email_typed_while_the_chosen_occupation_comes_back_stays_in_the_intake_form() => PageEvidence.ShowOnFailureAsync(async pages =>
    {
        var (page, link) = await OpenAsync("counsellor@demo.local", "/counsellor/seekers/new", "구직자 등록");
        pages.Add(page);
        var picker = page.GetByTestId("occupation-picker");
        await picker.FillAsync("요양");
        // The open list covers the fields below it until the answer closes it, so the counsellor goes back up to the
        // e-mail they had skipped.
        var email = page.GetByLabel("이메일");
        await PickThenTypeAsync(page, link, page.GetByText("요양 보호사 및 간병인").First, email, "eunbyeol.cha@example.kr");

        await Expect(page.GetByText("요양 보호사 및 간병인 (5501)")).ToBeVisibleAsync();
        await page.GetByLabel("이름 *").ClickAsync();
        await Expect(email).ToHaveValueAsync("eunbyeol.cha@example.kr");
        await Expect(picker).ToHaveValueAsync("");
    });

    [BrowserFact]
    public Task The_interviewers_typed_while_the_chosen_employer_comes_back_stay_in_the_booth_form() => PageEvidence.ShowOnFailureAsync(async pages =>
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        using var organiser = await host.ApiClientAsync("organiser@demo.local");
        var eventId = await FairSetup.EventOnNowAsync(organiser, $"입력 확인 채용한마당 {run}");
        using var staff = await host.ApiClientAsync("counsellor@demo.local");
        await FairSetup.CareEmployerAsync(staff, $"늘봄요양 {run}");

        var (page, link) = await OpenAsync("organiser@demo.local", $"/events/{eventId}", $"입력 확인 채용한마당 {run}");
        pages.Add(page);
        await page.GetByTestId("booth-employer").FillAsync($"늘봄요양 {run}");
        var interviewers = page.GetByLabel("타임당 면접관 수");
        await PickThenTypeAsync(page, link, page.GetByText($"늘봄요양 {run}").First, interviewers, "12");

        await Expect(page.GetByText($"늘봄요양 {run}의 모집 중인 공고")).ToBeVisibleAsync();
        await Expect(interviewers).ToHaveValueAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "부스 추가" }).ClickAsync();
        await Expect(page.GetByTestId("booth-row").Filter(new() { HasText = $"늘봄요양 {run}" }).GetByText("12명")).ToBeVisibleAsync();
    });

    /// <summary>Signs in, then loads the page again through a <see cref="SlowLink"/>.</summary>
    private async Task<(IPage Page, SlowLink Link)> OpenAsync(string email, string url, string heading)
    {
        var page = await host.SignInAsync(email, url);
        var link = await SlowLink.RouteAsync(page);
        await page.GotoAsync(url);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading })).ToBeVisibleAsync();
        return (page, link);
    }

    /// <summary>
    /// Clicks the hit and then the next field, and types the first half of the value, all before any answer comes
    /// back; then lets the answers through and types the rest at a person's pace, into whatever has the focus.
    /// </summary>
    private static async Task PickThenTypeAsync(IPage page, SlowLink link, ILocator hit, ILocator field, string value)
    {
        await Expect(hit).ToBeVisibleAsync();
        link.Hold();
        try
        {
            await hit.ClickAsync();
            await field.ClickAsync();
            await page.Keyboard.PressAsync("ControlOrMeta+A");
            await page.Keyboard.TypeAsync(value[..(value.Length / 2)]);
        }
        finally
        {
            link.Release();
        }

        await page.Keyboard.TypeAsync(value[(value.Length / 2)..], new() { Delay = 100 });
    }
}
