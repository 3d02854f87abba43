using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Matching.WebTests.Browser;

/// <summary>
/// Every organiser page of the demo 채용한마당, pre-matched and half-way through its day, opens in Korean without an
/// error; each is saved as a screenshot as in <see cref="PageTourTests"/> — the board at 1920×1080 and the
/// timetable's print view on an A4 page in print media.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class EventPageTourTests(WebAppHost host)
{
    [BrowserFact]
    public Task Every_event_page_opens_in_korean() => PageEvidence.ShowOnFailureAsync(async pages =>
    {
        var (eventId, boothId) = await DemoFairUnderWayAsync();

        // Every page under the security policy (scripts by nonce only): nothing may be blocked or fail.
        var blocked = new List<string>();
        var organiser = await host.SignInAsync("organiser@demo.local", "/events");
        pages.Add(organiser);
        PageEvidence.WatchForBlocked(organiser, blocked);
        await organiser.ReloadAsync();
        await PageTourTests.ShotAsync(organiser, "events-calendar", "채용행사 달력");
        await organiser.GotoAsync($"/events/{eventId}");
        await organiser.GetByRole(AriaRole.Tab, new() { Name = "사전매칭 · 시간표" }).ClickAsync();
        await Expect(organiser.GetByTestId("timetable-seat").First).ToBeVisibleAsync();
        await PageTourTests.ShotAsync(organiser, "event-timetable", "서구 채용한마당 (데모)", fullPage: false);
        await organiser.GotoAsync("/events/new");
        await PageTourTests.ShotAsync(organiser, "event-new", "행사 만들기", fullPage: false);
        // The demo centre's own recurring events, as its plan lists them and the demo set them up at start.
        await organiser.GotoAsync("/events/series");
        var friday = organiser.Locator("[data-testid=series][data-title='서구 금요채용마당']");
        await Expect(friday.GetByTestId("schedule-words")).ToHaveTextAsync("매주 금요일 14:00");
        await Expect(friday.Locator("[data-testid=occurrence][data-state=Created]").First).ToBeVisibleAsync();
        foreach (var title in new[] { "찾아가는 일자리발굴단", "찾아가는 취업상담실" })
        {
            await Expect(organiser.Locator($"[data-testid=series][data-title='{title}'] [data-testid=occurrence]").First).ToBeVisibleAsync();
        }
        await PageTourTests.ShotAsync(organiser, "event-series", "반복 행사", fullPage: false);
        await organiser.GotoAsync($"/events/{eventId}/checkin");
        await organiser.GetByTestId("desk-search").FillAsync("김");
        await Expect(organiser.GetByTestId("desk-seeker").First).ToBeVisibleAsync();
        await PageTourTests.ShotAsync(organiser, "event-checkin", "체크인 데스크", fullPage: false);
        await organiser.GotoAsync($"/events/{eventId}/booths/{boothId}");
        await PageTourTests.ShotAsync(organiser, "event-booth", "부스", fullPage: false);
        await organiser.GotoAsync($"/events/{eventId}/results");
        await PageTourTests.ShotAsync(organiser, "event-results", "행사 결과", fullPage: false);

        // The print view as the printer gets it: A4 at 96 dpi, print media, without the app's frame.
        await organiser.GotoAsync($"/events/{eventId}/print");
        var firstBooth = (await organiser.GetByTestId("print-sheet").First.Locator("h2").InnerTextAsync()).Trim();
        await organiser.SetViewportSizeAsync(794, 1123);
        await organiser.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(organiser.GetByRole(AriaRole.Button, new() { Name = "인쇄" })).ToBeHiddenAsync();
        await Expect(organiser.Locator(".mud-appbar")).ToBeHiddenAsync();
        await PageTourTests.ShotAsync(organiser, "event-timetable-print", firstBooth, fullPage: false);

        // The board across the room: 1920×1080, 20 booths, every card's text whole.
        var board = await host.SignInAsync("organiser@demo.local", $"/events/{eventId}/board");
        pages.Add(board);
        PageEvidence.WatchForBlocked(board, blocked);
        await board.ReloadAsync();
        await board.SetViewportSizeAsync(1920, 1080);
        await Expect(board.GetByTestId("board-booth")).ToHaveCountAsync(20);
        await Expect(board.GetByTestId("board-now").First).ToBeVisibleAsync();
        Assert.True(await board.EvaluateAsync<bool>(
            "() => document.documentElement.scrollHeight <= innerHeight && [...document.querySelectorAll('.board-line span, .board-booth h2')].every(e => e.scrollWidth <= e.clientWidth + 1)"),
            "the board overflows the screen or cuts a name");
        await PageTourTests.ShotAsync(board, "event-board", "서구 채용한마당 (데모)", fullPage: false);
        Assert.True(blocked.Count == 0, "blocked or failed in the browser:\n" + string.Join("\n", blocked));
    });

    /// <summary>The demo fair pre-matched, 40 of its seekers checked in, and the first 12 booths each in an interview.</summary>
    private async Task<(Guid EventId, Guid BoothId)> DemoFairUnderWayAsync()
    {
        using var api = await host.ApiClientAsync("organiser@demo.local");
        var events = await api.GetFromJsonAsync<JsonElement>("/api/events?kind=JobFair");
        var eventId = events.EnumerateArray().First(e => e.GetProperty("title").GetString() == "서구 채용한마당 (데모)").GetProperty("id").GetGuid();
        var timetable = await api.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/timetable");
        if (timetable.GetProperty("status").GetString() != "Done")
        {
            Assert.Equal(HttpStatusCode.Accepted, (await api.PostAsJsonAsync($"/api/events/{eventId}/prematch", new { })).StatusCode);
            for (var i = 0; i < 300 && timetable.GetProperty("status").GetString() != "Done"; i++)
            {
                await Task.Delay(200);
                timetable = await api.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/timetable");
            }
        }

        var seekers = await api.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/seekers");
        foreach (var seeker in seekers.EnumerateArray().Take(40))
        {
            (await api.PostAsJsonAsync($"/api/events/{eventId}/checkins", new { seekerId = seeker.GetProperty("seekerId").GetGuid() })).EnsureSuccessStatusCode();
        }

        var booths = (await api.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/booths")).EnumerateArray()
            .Select(b => b.GetProperty("employerId").GetGuid()).ToList();
        foreach (var booth in booths.Take(12))
        {
            // A booth whose waiting seekers are all in interviews elsewhere has nobody to call: a 409, which is fine here.
            await api.PostAsync($"/api/events/{eventId}/booths/{booth}/next", null);
        }

        return (eventId, booths[0]);
    }
}
