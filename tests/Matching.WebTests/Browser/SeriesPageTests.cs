using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Matching.WebTests.Browser;

/// <summary>
/// A Friday series on the series page: its schedule in words and its next starts; a holiday added there is
/// skipped by the instances created afterwards, and removing it lets the next run create that Friday.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class SeriesPageTests(WebAppHost host)
{
    [BrowserFact]
    public Task A_friday_series_shows_its_next_starts_and_an_edited_holiday_moves_the_instances_created_afterwards() =>
        PageEvidence.ShowOnFailureAsync(async pages =>
        {
            var run = Guid.NewGuid().ToString("N")[..4];
            var title = $"서구 금요채용마당 {run}";
            var friday = await SecondFreeFridayAsync();
            var day = friday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

            var organiser = await host.SignInAsync("organiser@demo.local", "/events/series");
            pages.Add(organiser);
            await Expect(organiser.GetByRole(AriaRole.Heading, new() { Name = "반복 행사", Exact = true })).ToBeVisibleAsync();

            // 1. A holiday on the second Friday ahead, added on this page.
            await organiser.GetByTestId("holiday-date").FillAsync(day);
            await organiser.GetByTestId("holiday-date").PressAsync("Tab");
            await organiser.GetByTestId("holiday-name").FillAsync("센터 창립기념일");
            await organiser.GetByRole(AriaRole.Button, new() { Name = "추가" }).ClickAsync();
            await Expect(organiser.Locator($"[data-testid=holiday][data-date='{day}']")).ToContainTextAsync("센터 창립기념일");

            // 2. The series, every Friday at 14:00 (the form's first preset), each made 35 days ahead.
            await organiser.GetByTestId("series-title").FillAsync(title);
            await organiser.GetByTestId("series-venue").FillAsync("서구 일자리지원센터 3층");
            await organiser.GetByTestId("series-ahead").FillAsync("35");
            await Expect(organiser.GetByText("→ 매주 금요일 14:00")).ToBeVisibleAsync();
            await organiser.GetByRole(AriaRole.Button, new() { Name = "반복 행사 만들기" }).ClickAsync();

            var series = organiser.Locator($"[data-testid=series][data-title='{title}']");
            await Expect(series.GetByTestId("schedule-words")).ToHaveTextAsync("매주 금요일 14:00");
            var first = series.Locator($"[data-testid=occurrence][data-date='{friday.AddDays(-7):yyyy-MM-dd}']");
            var second = series.Locator($"[data-testid=occurrence][data-date='{day}']");
            var third = series.Locator($"[data-testid=occurrence][data-date='{friday.AddDays(7):yyyy-MM-dd}']");
            await Expect(first).ToHaveAttributeAsync("data-state", "Created");
            await Expect(second).ToHaveAttributeAsync("data-state", "Skipped");
            await Expect(second).ToContainTextAsync("센터 창립기념일");
            await Expect(third).ToHaveAttributeAsync("data-state", "Created");
            await Expect(series.GetByTestId("skipped-holidays")).ToContainTextAsync("센터 창립기념일");

            // 3. The holiday removed: that Friday is planned again, and running the series now creates it.
            await organiser.GetByRole(AriaRole.Button, new() { Name = $"{Korean(friday)} 센터 창립기념일 삭제" }).ClickAsync();
            await Expect(organiser.Locator($"[data-testid=holiday][data-date='{day}']")).ToHaveCountAsync(0);
            await Expect(second).ToHaveAttributeAsync("data-state", "Planned");
            await series.GetByRole(AriaRole.Button, new() { Name = "지금 만들기" }).ClickAsync();
            await Expect(second).ToHaveAttributeAsync("data-state", "Created", new() { Timeout = 20_000 });
            await Expect(second.GetByRole(AriaRole.Link, new() { Name = "행사 준비" })).ToBeVisibleAsync();

            // 4. The created instance is on the calendar, on its Friday.
            await organiser.GotoAsync($"/events?view=week&date={day}");
            await Expect(organiser.Locator($"[data-date='{day}'] [data-testid=calendar-event]").Filter(new() { HasText = title })).ToBeVisibleAsync();
        });

    /// <summary>
    /// The second Friday whose 14:00 is still ahead, or a later one, where neither it nor the Fridays either side are
    /// public holidays; all three are within the 35 days the series makes at once.
    /// </summary>
    private async Task<DateOnly> SecondFreeFridayAsync()
    {
        using var api = await host.ApiClientAsync("organiser@demo.local");
        var today = Bodies.Today;
        var holidays = new HashSet<DateOnly>();
        foreach (var year in new[] { today.Year, today.Year + 1 })
        {
            var list = await api.GetFromJsonAsync<JsonElement>($"/api/holidays?year={year}");
            holidays.UnionWith(list.EnumerateArray().Select(h => DateOnly.Parse(h.GetProperty("date").GetString()!, CultureInfo.InvariantCulture)));
        }

        var now = DateTime.UtcNow.AddHours(9);
        var next = today;
        while (next.DayOfWeek != DayOfWeek.Friday || next.ToDateTime(new TimeOnly(14, 0)) <= now)
        {
            next = next.AddDays(1);
        }

        for (var friday = next.AddDays(7); friday <= next.AddDays(21); friday = friday.AddDays(7))
        {
            if (!holidays.Contains(friday) && !holidays.Contains(friday.AddDays(-7)) && !holidays.Contains(friday.AddDays(7)))
            {
                return friday;
            }
        }

        throw new InvalidOperationException($"No three Fridays in a row without a holiday from {next}: the shipped holidays need a look.");
    }

    private static string Korean(DateOnly date) => Matching.Api.Web.Korean.Date(date);
}
