using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Matching.WebTests.Browser;

/// <summary>
/// The day, in three browsers: a walk-in checked in at the desk shows on the hall's board within 2 s without a
/// reload, and the booth calling its next candidate moves the board again. The booth's employer sees the seeker
/// by number only; the board masks every name.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class FairDayTests(WebAppHost host)
{
    [BrowserFact]
    public Task A_walk_in_at_the_desk_and_a_booth_call_reach_the_board_live() => PageEvidence.ShowOnFailureAsync(async pages =>
    {
        var run = Guid.NewGuid().ToString("N")[..4];
        var employerName = $"(주)현장케어{run}";
        Guid eventId, employerId;
        using (var counsellor = await host.ApiClientAsync("counsellor@demo.local"))
        using (var organiserApi = await host.ApiClientAsync("organiser@demo.local"))
        {
            (employerId, var openingId) = await FairSetup.CareEmployerAsync(counsellor, employerName);
            await FairSetup.SeekerAsync(counsellor, "강나래");
            eventId = await FairSetup.EventOnNowAsync(organiserApi, $"현장 채용의 날 {run}");
            await FairSetup.BoothAsync(organiserApi, eventId, employerId, openingId);
        }

        var employerEmail = await FairSetup.EmployerAccountAsync(host, employerId);

        // The board, open on its own screen; a marker shows later whether the page was ever reloaded.
        var board = await host.SignInAsync("organiser@demo.local", $"/events/{eventId}/board");
        pages.Add(board);
        var card = board.GetByTestId("board-booth").Filter(new() { HasText = employerName });
        await Expect(card.GetByTestId("board-waiting")).ToHaveTextAsync("0");
        await board.EvaluateAsync("window.__notReloaded = true");

        // The desk: a walk-in is two steps — type the name, press 현장 접수 체크인. The organiser reads it masked.
        var desk = await host.SignInAsync("organiser@demo.local", $"/events/{eventId}/checkin");
        pages.Add(desk);
        await desk.GetByTestId("desk-search").FillAsync("강나래");
        var row = desk.GetByTestId("desk-seeker").Filter(new() { HasText = "강*래" }).First;
        await row.GetByRole(AriaRole.Button, new() { Name = "현장 접수 체크인" }).ClickAsync();

        await Expect(card.GetByTestId("board-next")).ToHaveTextAsync("강*래", new() { Timeout = 2_000 });
        await Expect(card.GetByTestId("board-waiting")).ToHaveTextAsync("1", new() { Timeout = 2_000 });
        await Expect(desk.GetByTestId("last-checkin")).ToContainTextAsync($"{employerName} 대기 1번째");
        await Expect(row.GetByTestId("queue-place")).ToHaveTextAsync($"{employerName} 대기 1번째");

        // The booth calls its next candidate: the board shows them in the interview, and nobody waiting, within 2 s.
        var booth = await host.SignInAsync(employerEmail, $"/events/{eventId}/booths/{employerId}");
        pages.Add(booth);
        await Expect(booth.GetByRole(AriaRole.Heading, new() { Name = $"{employerName} 부스" })).ToBeVisibleAsync();
        await Expect(booth.GetByTestId("booth-queue")).ToContainTextAsync("구직자 #");
        await Expect(booth.GetByText("강나래")).ToHaveCountAsync(0);
        await booth.GetByRole(AriaRole.Button, new() { Name = "다음 구직자 호출" }).ClickAsync();

        await Expect(card.GetByTestId("board-now")).ToHaveTextAsync("강*래", new() { Timeout = 2_000 });
        await Expect(card.GetByTestId("board-waiting")).ToHaveTextAsync("0", new() { Timeout = 2_000 });
        await Expect(card.GetByTestId("board-next")).ToHaveCountAsync(0);
        await Expect(desk.GetByTestId("desk-seeker").First.GetByTestId("queue-place")).ToHaveTextAsync($"{employerName} 면접 중");

        // Done: the booth is free again on the board; nothing on the board was ever reloaded.
        await booth.GetByTestId("booth-interview").GetByRole(AriaRole.Button, new() { Name = "면접 완료" }).ClickAsync();
        await Expect(card.GetByTestId("board-now")).ToHaveCountAsync(0, new() { Timeout = 2_000 });
        Assert.True(await board.EvaluateAsync<bool>("window.__notReloaded === true"));
        await Expect(board.GetByText("강나래")).ToHaveCountAsync(0);

        // Another employer's account cannot open this booth.
        var other = await host.SignInAsync("employer@demo.local", $"/events/{eventId}/booths/{employerId}");
        pages.Add(other);
        await Expect(other.GetByText("소속 기업의 부스만 볼 수 있습니다.", new() { Exact = false })).ToBeVisibleAsync();
    });
}
