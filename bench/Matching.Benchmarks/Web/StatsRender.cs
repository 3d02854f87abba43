using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Matching.IntegrationTests.Stats;
using Matching.WebTests.Browser;
using Microsoft.Playwright;
using static Matching.Benchmarks.BenchArgs;

namespace Matching.Benchmarks.Web;

/// <summary>
/// The manager's statistics page for a year of 62,237 seekers, against a running API: <c>dotnet run -c Release --project
/// bench/Matching.Benchmarks -- stats-render [--runs 50] [--url http://localhost:5080] [--email …] [--password …]</c>.
/// <para>
/// Loads the seeds' 서구 2023 and 2024 records through the import API unless 2024 already counts 62,237 seekers (the page
/// compares with the year before, so both are read). Then times, after ten warm-up runs each:
/// <list type="number">
/// <item>the use case alone: <c>GET /api/stats/labour-market/year-on-year</c> for 2024, what the page awaits;</item>
/// <item>the page's server time: in one open circuit, Blazor navigates between <c>?year=2023</c> and <c>?year=2024</c>
/// and the clock stops when the 2024 tables are on screen, so it holds the server's query and render and one
/// round trip on localhost;</item>
/// <item>a cold open: a new page load of <c>/manager/stats?year=2024</c> until the tables show (the circuit's start
/// and the browser included: an upper bound).</item>
/// </list>
/// </para>
/// </summary>
public static class StatsRender
{
    private const string RowsOnScreen = "() => document.querySelectorAll('[data-testid=stats-row]').length === 42 && document.querySelector('[data-testid=stats-period]')?.innerText === '2024년'";

    public static int Run(string[] args)
    {
        var (url, email, password) = Api(args);
        return RunAsync(Arg(args, "--runs", 50), url, email, password).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(int runs, string url, string email, string password)
    {
        using var http = await WebLoad.ClientAsync(url, email, password);
        Console.WriteLine($"stats-render at {url}, {Environment.ProcessorCount} cores, load {WebLoad.Load()}");
        if (await SeekersAsync(http, 2024) != SeoGuTables.Y2024.Seekers)
        {
            await LoadSeoGuAsync(http);
        }

        Console.WriteLine($"  2024: {await SeekersAsync(http, 2024):N0} seekers, 2023: {await SeekersAsync(http, 2023):N0}; load {WebLoad.Load()}");

        var api = await TimeAsync(runs, async () =>
            (await http.GetAsync("/api/stats/labour-market/year-on-year?from=2024-01-01&to=2024-12-31")).EnsureSuccessStatusCode());
        Report("use case (GET …/year-on-year, 2024 against 2023)", api);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await WebLoad.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = url, Locale = "ko-KR", ViewportSize = new() { Width = 1400, Height = 1000 } });
        await WebLoad.SignInAsync(await context.NewPageAsync(), email, password);

        var page = await context.NewPageAsync();
        await page.GotoAsync("/manager/stats?year=2023");
        await page.GetByTestId("stats-row").First.WaitForAsync();
        var inCircuit = await TimeAsync(runs, async () =>
        {
            await page.EvaluateAsync("() => Blazor.navigateTo('/manager/stats?year=2024')");
            await page.WaitForFunctionAsync(RowsOnScreen, null, new() { PollingInterval = 5 });
        }, reset: async () =>
        {
            await page.EvaluateAsync("() => Blazor.navigateTo('/manager/stats?year=2023')");
            await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=stats-period]')?.innerText === '2023년' && document.querySelectorAll('[data-testid=stats-row]').length === 42");
        });
        Report("page in its circuit (navigate to ?year=2024 until the tables show)", inCircuit);

        var cold = await TimeAsync(Math.Max(5, runs / 5), async () =>
        {
            var fresh = await context.NewPageAsync();
            await fresh.GotoAsync("/manager/stats?year=2024");
            await fresh.WaitForFunctionAsync(RowsOnScreen, null, new() { PollingInterval = 5 });
            await fresh.CloseAsync();
        });
        Report("cold page load of /manager/stats?year=2024 (circuit start and browser included)", cold);
        return 0;
    }

    private static async Task<List<double>> TimeAsync(int runs, Func<Task> run, Func<Task>? reset = null)
    {
        var times = new List<double>();
        for (var i = 0; i < runs + 10; i++)
        {
            if (reset is not null)
            {
                await reset();
            }

            var clock = Stopwatch.StartNew();
            await run();
            if (i >= 10)
            {
                // The first runs warm the JIT, the store's caches and the browser; they are not counted.
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        return times;
    }

    private static void Report(string what, List<double> times) => Console.WriteLine(
        $"  {what}, {times.Count} runs: p50 {WebLoad.P(times, 0.5):F0} ms, p90 {WebLoad.P(times, 0.9):F0} ms, "
        + $"p99 {WebLoad.P(times, 0.99):F0} ms, max {times[^1]:F0} ms; load {WebLoad.Load()}");

    private static async Task<int> SeekersAsync(HttpClient http, int year)
    {
        var report = await http.GetFromJsonAsync<JsonElement>($"/api/stats/labour-market?from={year}-01-01&to={year}-12-31");
        return report.GetProperty("total").GetProperty("newSeekers").GetInt32();
    }

    private static async Task LoadSeoGuAsync(HttpClient http)
    {
        var employerId = await WebLoad.IdAsync(http, "/api/employers", new
        {
            name = "(주)서구통계", businessNumber = "220-81-62517", address = new { sido = "인천광역시", sigungu = "서구" }, size = "Small",
        });
        foreach (var year in new[] { SeoGuTables.Y2023, SeoGuTables.Y2024 })
        {
            await ImportAsync(http, "openings", "application/x-ndjson", SeoGuFiles.Openings(year, employerId));
            await ImportAsync(http, "seekers", "text/csv", SeoGuFiles.Seekers(year, []));
            await ImportAsync(http, "placements", "text/csv", SeoGuFiles.Placements(year));
        }
    }

    private static async Task ImportAsync(HttpClient http, string kind, string mediaType, string body)
    {
        var clock = Stopwatch.StartNew();
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        var response = await http.PostAsync($"/api/import/{kind}", content);
        response.EnsureSuccessStatusCode();
        var jobId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetGuid();
        while (true)
        {
            await Task.Delay(500);
            var job = await http.GetFromJsonAsync<JsonElement>($"/api/import/{jobId}?errorsTake=3");
            if (job.GetProperty("state").GetString() is "Completed" or "Failed")
            {
                Console.WriteLine($"  imported {kind}: {job.GetProperty("accepted").GetInt32():N0} accepted, {job.GetProperty("rejected").GetInt32():N0} rejected "
                    + $"in {clock.Elapsed.TotalSeconds:F1} s {(job.GetProperty("rejected").GetInt32() > 0 ? job.GetProperty("errors") : "")}");
                return;
            }
        }
    }
}
