using Matching.Domain.Privacy;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Matching.WebTests.Browser;

/// <summary>
/// An organiser prepares a 채용한마당 in the browser: creates it, adds a booth and two seekers, runs the pre-match
/// and reads the timetable grid, with the seeker no booth wants listed as unplaced and why.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class FairJourneyTests(WebAppHost host)
{
    [BrowserFact]
    public Task Organiser_creates_a_fair_adds_a_booth_and_seekers_prematches_and_reads_the_timetable() => PageEvidence.ShowOnFailureAsync(async pages =>
    {
        var run = Guid.NewGuid().ToString("N")[..4];
        var employerName = $"(주)한마당케어{run}";
        using (var counsellor = await host.ApiClientAsync("counsellor@demo.local"))
        {
            await FairSetup.CareEmployerAsync(counsellor, employerName);
            await FairSetup.SeekerAsync(counsellor, "탁하늘");
            await FairSetup.SeekerAsync(counsellor, "편누리", FairSetup.BookkeepingOccupation);
        }

        var organiser = await host.SignInAsync("organiser@demo.local", "/events/new");
        pages.Add(organiser);
        await Expect(organiser.GetByRole(AriaRole.Heading, new() { Name = "행사 만들기" })).ToBeVisibleAsync();

        // A mistake first: without a venue the form says so under the field, in Korean, and stays.
        await organiser.GetByTestId("title").FillAsync($"서구 채용한마당 {run}");
        await organiser.GetByRole(AriaRole.Button, new() { Name = "행사 만들기" }).Last.ClickAsync();
        await Expect(organiser.GetByText("필수 항목입니다.")).ToBeVisibleAsync();
        Assert.EndsWith("/events/new", organiser.Url, StringComparison.Ordinal);
        await organiser.GetByTestId("venue").FillAsync("서구청 대강당");
        await organiser.GetByRole(AriaRole.Button, new() { Name = "행사 만들기" }).Last.ClickAsync();
        await Expect(organiser).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/events/[0-9a-f-]{36}$"), new() { Timeout = 30_000 });
        await Expect(organiser.GetByRole(AriaRole.Heading, new() { Name = $"서구 채용한마당 {run}" })).ToBeVisibleAsync();

        // The booth: find the employer by name, keep its opening ticked, add.
        await organiser.GetByTestId("booth-employer").FillAsync(employerName);
        await organiser.Locator(".mud-popover-open").GetByText(employerName).ClickAsync();
        await Expect(organiser.GetByText($"요양보호사 ({employerName})")).ToBeVisibleAsync();
        await organiser.GetByRole(AriaRole.Button, new() { Name = "부스 추가" }).ClickAsync();
        await Expect(organiser.GetByTestId("booth-row").Filter(new() { HasText = employerName })).ToBeVisibleAsync();
        await Expect(organiser.GetByRole(AriaRole.Tab, new() { Name = "참가 기업 1" })).ToBeVisibleAsync();

        // The seekers: found by name and registered one click each; an organiser reads every name masked (탁*늘).
        await organiser.GetByRole(AriaRole.Tab, new() { Name = "참가 구직자 0" }).ClickAsync();
        foreach (var name in new[] { "탁하늘", "편누리" })
        {
            await organiser.GetByTestId("attendee-search").FillAsync(name);
            var hit = organiser.GetByTestId("attendee-hit").Filter(new() { HasText = Masking.Name(name) });
            await hit.GetByRole(AriaRole.Button, new() { Name = "등록" }).ClickAsync();
            await Expect(organiser.GetByTestId("attendee-row").Filter(new() { HasText = Masking.Name(name) })).ToBeVisibleAsync();
        }

        await Expect(organiser.GetByText("탁하늘")).ToHaveCountAsync(0);

        await Expect(organiser.GetByRole(AriaRole.Tab, new() { Name = "참가 구직자 2" })).ToBeVisibleAsync();

        // The pre-match runs as a job; the page follows it to the end without a reload.
        await organiser.GetByRole(AriaRole.Tab, new() { Name = "사전매칭 · 시간표" }).ClickAsync();
        await Expect(organiser.GetByText("사전매칭 전")).ToBeVisibleAsync();
        await organiser.GetByRole(AriaRole.Button, new() { Name = "사전매칭 실행" }).ClickAsync();
        await Expect(organiser.GetByTestId("prematch-status")).ToHaveAttributeAsync("data-status", "Done", new() { Timeout = 30_000 });
        await Expect(organiser.GetByText("사전매칭 완료")).ToBeVisibleAsync();
        await Expect(organiser.GetByTestId("prematch-summary")).ToContainTextAsync("배정된 구직자 1명 · 미배정 1명");

        // The grid: slots down from 10:00, the booth across, the fitting seeker in one cell; the other is unplaced, with the reason.
        var grid = organiser.GetByTestId("timetable-grid");
        await Expect(grid.GetByRole(AriaRole.Columnheader).Filter(new() { HasText = employerName })).ToBeVisibleAsync();
        await Expect(grid.GetByRole(AriaRole.Rowheader)).ToHaveCountAsync(12);
        await Expect(grid.GetByRole(AriaRole.Rowheader).First).ToHaveTextAsync("10:00");
        await Expect(grid.GetByTestId("timetable-seat")).ToHaveCountAsync(1);
        await Expect(grid.GetByTestId("timetable-seat")).ToContainTextAsync(Masking.Name("탁하늘"));
        var unplaced = organiser.GetByTestId("unplaced");
        await Expect(unplaced).ToHaveCountAsync(1);
        await Expect(unplaced).ToContainTextAsync(Masking.Name("편누리"));
        await Expect(unplaced.Locator("td").Nth(1)).ToHaveTextAsync(Matching.Domain.Events.UnplacedReasons.NoPairAboveThreshold);
        await Expect(organiser.GetByText("이 화면을 보여 주다가 오류가 생겼습니다")).ToHaveCountAsync(0);
    });
}
