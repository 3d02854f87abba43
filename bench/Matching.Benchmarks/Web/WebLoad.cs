using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matching.Benchmarks.Import;
using Microsoft.Playwright;
using static Matching.Benchmarks.BenchArgs;

namespace Matching.Benchmarks.Web;

/// <summary>
/// The web app under load, in Debian's Chromium, against a running API: <c>dotnet run -c Release --project
/// bench/Matching.Benchmarks -- web-load [--seekers 100000] [--pages 200] [--watchers 10] [--rate 50] [--seconds 60]
/// [--url http://localhost:5080] [--email …] [--password …]</c>.
/// <list type="number">
/// <item>Render: tops the store up to <c>--seekers</c> (through the import), posts openings so every seeker has a
/// full list, then opens <c>/counsellor/seekers/{id}</c> for <c>--pages</c> random seekers and times each until its
/// suggestions are on screen. The time includes the browser's page load and the circuit's start, so it bounds
/// the server's own render time from above.</item>
/// <item>Live: <c>--watchers</c> seeker pages stay open while <c>--rate</c> saves a second run for <c>--seconds</c>:
/// per five saves, one fitting opening posted, one withdrawn 1.5 s after its posting, three other seekers
/// updated. Each page notes when a posted opening first shows, in the browser's clock on the same machine. The
/// latency the issue sets a target for is that moment minus the save's acknowledgement (the POST's answer); the
/// same moment minus the start of the POST is printed beside it and bounds it from above.</item>
/// </list>
/// </summary>
public static class WebLoad
{
    private const string WatchedOccupation = "1341";
    private const string LiveTitle = "실시간 공고";
    private static readonly string[] Occupations = ["5501", "0231", "6211", "8531", "5311", "0210", "3011", "3040"];
    private static readonly string[] Sigungu = ["서구", "계양구", "부평구", "남동구", "미추홀구"];

    public static int Run(string[] args)
    {
        var (url, email, password) = Api(args);
        var options = new Options(
            Arg(args, "--seekers", 100000),
            Arg(args, "--pages", 200),
            Arg(args, "--watchers", 10),
            Arg(args, "--rate", 50),
            Arg(args, "--seconds", 60),
            url, email, password);
        return RunAsync(options).GetAwaiter().GetResult();
    }

    private sealed record Options(int Seekers, int Pages, int Watchers, int Rate, int Seconds, string Url, string Email, string Password);

    private static async Task<int> RunAsync(Options o)
    {
        using var http = await ClientAsync(o.Url, o.Email, o.Password);
        Console.WriteLine($"web-load at {o.Url}, {Environment.ProcessorCount} cores, load {Load()}");

        var stored = await SeekerCountAsync(http);
        if (stored < o.Seekers)
        {
            Console.WriteLine($"  {stored:N0} seekers stored; importing {o.Seekers - stored:N0} more");
            if (!await ImportLoad.ImportAsync(http, o.Seekers - stored, log: false))
            {
                return 1;
            }
        }

        var employerId = await EmployerAsync(http);
        await OpeningsAsync(http, employerId);
        Console.WriteLine($"  {await SeekerCountAsync(http):N0} seekers stored; load {Load()}");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = o.Url, Locale = "ko-KR" });
        await SignInAsync(await context.NewPageAsync(), o.Email, o.Password);

        await RenderAsync(http, context, o);
        await LiveAsync(http, context, employerId, o);
        return 0;
    }

    private static async Task RenderAsync(HttpClient http, IBrowserContext context, Options o)
    {
        var total = await SeekerCountAsync(http);
        var random = new Random(7);
        var page = await context.NewPageAsync();
        var times = new List<double>();
        var lengths = new List<int>();
        for (var i = 0; i < o.Pages + 10; i++)
        {
            var list = await http.GetFromJsonAsync<JsonElement>($"/api/seekers?skip={random.Next(total)}&take=1");
            var id = list[0].GetProperty("id").GetGuid();
            var clock = Stopwatch.StartNew();
            await page.GotoAsync($"/counsellor/seekers/{id}");
            await page.GetByTestId("match-count").WaitForAsync();
            clock.Stop();
            if (i >= 10)
            {
                // The first pages warm the JIT and the browser's cache; they are not counted.
                times.Add(clock.Elapsed.TotalMilliseconds);
                lengths.Add(await page.GetByTestId("opening-match").CountAsync());
            }
        }

        times.Sort();
        Console.WriteLine($"render /counsellor/seekers/{{id}}, {times.Count} random seekers of {total:N0}, "
            + $"{lengths.Count(l => l == 20)} with 20 suggestions (mean {lengths.Average():F1}): "
            + $"p50 {P(times, 0.5):F0} ms, p90 {P(times, 0.9):F0} ms, p99 {P(times, 0.99):F0} ms, max {times[^1]:F0} ms; load {Load()}");
    }

    private static async Task LiveAsync(HttpClient http, IBrowserContext context, Guid employerId, Options o)
    {
        await WithdrawLiveOpeningsAsync(http, employerId);
        var pages = new List<IPage>();
        for (var i = 0; i < o.Watchers; i++)
        {
            var seeker = await IdAsync(http, "/api/seekers", new
            {
                name = $"실시간관찰{i}", birthYear = 1985, gender = "Female", address = new { sido = "인천광역시", sigungu = "서구" },
                desiredOccupations = new[] { WatchedOccupation }, consentToMatching = true,
            });
            var page = await context.NewPageAsync();
            // Notes when each opening title first appears in the list, in the browser's own clock.
            await page.AddInitScriptAsync("""
                window.__seen = {};
                new MutationObserver(() => {
                  for (const h of document.querySelectorAll('[data-testid=opening-match] h3')) {
                    const t = h.textContent.trim();
                    if (!(t in window.__seen)) window.__seen[t] = Date.now();
                  }
                }).observe(document, { childList: true, subtree: true, characterData: true });
                """);
            await page.GotoAsync($"/counsellor/seekers/{seeker}");
            await page.GetByTestId("match-count").WaitForAsync();
            pages.Add(page);
        }

        var pool = (await http.GetFromJsonAsync<JsonElement>("/api/seekers?q=구직자&take=200")).EnumerateArray()
            .Select(s => s.GetProperty("id").GetGuid()).ToArray();
        var posted = new ConcurrentDictionary<string, Posted>();
        var live = new ConcurrentQueue<(Guid Id, long At)>();
        Console.WriteLine($"live: {o.Watchers} pages open, {o.Rate} saves/s for {o.Seconds} s; load {Load()}");
        var failures = await PacedAsync(o.Rate, o.Rate * o.Seconds, step => SaveAsync(http, step, employerId, pool, posted, live));
        await Task.Delay(5_000);
        var fromAck = new List<double>();
        var fromSend = new List<double>();
        var missing = 0;
        foreach (var page in pages)
        {
            var seen = await page.EvaluateAsync<Dictionary<string, long>>("window.__seen");
            foreach (var (title, save) in posted)
            {
                if (seen.TryGetValue(title, out var shown))
                {
                    fromAck.Add(shown - save.Acked);
                    fromSend.Add(shown - save.Sent);
                }
                else
                {
                    missing++;
                }
            }
        }

        await WithdrawLiveOpeningsAsync(http, employerId);
        fromAck.Sort();
        fromSend.Sort();
        Console.WriteLine($"live update to an open page: {fromAck.Count:N0} arrivals ({posted.Count} openings × {pages.Count} pages), "
            + $"{missing} missing, {failures} failed saves; load {Load()}");
        Console.WriteLine($"  from the save's acknowledgement: {Percentiles(fromAck)}");
        Console.WriteLine($"  from the start of its POST:      {Percentiles(fromSend)}");
    }

    private static string Percentiles(List<double> sorted) =>
        $"p50 {P(sorted, 0.5):F0} ms, p90 {P(sorted, 0.9):F0} ms, p99 {P(sorted, 0.99):F0} ms, max {(sorted.Count > 0 ? sorted[^1] : 0):F0} ms";

    /// <summary>A posted live opening: when its POST started and when the API acknowledged it, in Unix ms.</summary>
    private sealed record Posted(long Sent, long Acked);

    /// <summary>Of every five saves: a fitting opening posted, the oldest withdrawn once 1.5 s old, three seekers changed.</summary>
    private static async Task SaveAsync(HttpClient http, int step, Guid employerId, Guid[] pool,
        ConcurrentDictionary<string, Posted> posted, ConcurrentQueue<(Guid Id, long At)> live)
    {
        switch (step % 5)
        {
            case 0:
                var title = $"{LiveTitle} {step / 5}";
                var sent = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                var id = await IdAsync(http, "/api/openings", Opening(employerId, title, WatchedOccupation, "서구", 2_600_000));
                posted[title] = new Posted(sent, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
                live.Enqueue((id, sent));
                break;
            case 4:
                if (live.TryPeek(out var oldest) && DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - oldest.At > 1_500 && live.TryDequeue(out oldest))
                {
                    (await http.DeleteAsync($"/api/openings/{oldest.Id}")).EnsureSuccessStatusCode();
                }

                break;
            default:
                var seekerId = pool[(step * 7919) % pool.Length];
                var read = await http.GetAsync($"/api/seekers/{seekerId}");
                read.EnsureSuccessStatusCode();
                var body = JsonNode.Parse(await read.Content.ReadAsStringAsync())!.AsObject();
                body["desiredWage"] = new JsonObject { ["unit"] = "Monthly", ["amount"] = 2_200_000 + step % 20 * 50_000 };
                using (var put = new HttpRequestMessage(HttpMethod.Put, $"/api/seekers/{seekerId}") { Content = JsonContent.Create(body) })
                {
                    put.Headers.IfMatch.Add(read.Headers.ETag!);
                    var response = await http.SendAsync(put);
                    if (response.StatusCode != System.Net.HttpStatusCode.PreconditionFailed)
                    {
                        response.EnsureSuccessStatusCode();
                    }
                }

                break;
        }
    }

    /// <summary>
    /// The live openings still open: the last 1.5 s of a run are never withdrawn by the load itself. Left open they
    /// hold places in the watched seekers' lists and share their titles with the next run's, which then counted a
    /// quarter of its openings as missing.
    /// </summary>
    private static async Task WithdrawLiveOpeningsAsync(HttpClient http, Guid employerId)
    {
        var open = (await http.GetFromJsonAsync<JsonElement>($"/api/employers/{employerId}/openings")).EnumerateArray()
            .Where(o => o.GetProperty("status").GetString() == "Open" && o.GetProperty("title").GetString()!.StartsWith(LiveTitle, StringComparison.Ordinal))
            .Select(o => o.GetProperty("id").GetGuid());
        foreach (var id in open)
        {
            (await http.DeleteAsync($"/api/openings/{id}")).EnsureSuccessStatusCode();
        }
    }

    internal static async Task OpeningsAsync(HttpClient http, Guid employerId)
    {
        var existing = (await http.GetFromJsonAsync<JsonElement>($"/api/employers/{employerId}/openings")).GetArrayLength();
        var wanted = Occupations.Length * Sigungu.Length * 8;
        await Parallel.ForEachAsync(Enumerable.Range(existing, Math.Max(0, wanted - existing)), new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (i, _) => await IdAsync(http, "/api/openings",
                Opening(employerId, $"부하 공고 {i}", Occupations[i % Occupations.Length], Sigungu[i / Occupations.Length % Sigungu.Length], 2_300_000 + i % 9 * 100_000)));
        Console.WriteLine($"  {Math.Max(existing, wanted)} openings of the bench employer");
    }

    private static object Opening(Guid employerId, string title, string occupation, string sigungu, long wage) => new
    {
        employerId, title, occupation, headcount = 3, wage = new { unit = "Monthly", min = wage }, employmentType = "Permanent",
        workHours = 40, address = new { sido = "인천광역시", sigungu },
        closesOn = DateTime.Today.AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    internal static async Task<Guid> EmployerAsync(HttpClient http)
    {
        var found = await http.GetFromJsonAsync<JsonElement>("/api/employers?q=" + Uri.EscapeDataString("(주)웹부하"));
        if (found.GetArrayLength() > 0)
        {
            return found[0].GetProperty("id").GetGuid();
        }

        return await IdAsync(http, "/api/employers", new
        {
            name = "(주)웹부하", businessNumber = "220-81-62517", size = "Medium", address = new { sido = "인천광역시", sigungu = "서구" },
        });
    }

    /// <summary>
    /// Starts <paramref name="count"/> steps, <paramref name="rate"/> a second, each without waiting for the ones before
    /// (a slow answer must not slow the load), then waits for all; returns how many failed.
    /// </summary>
    internal static async Task<int> PacedAsync(int rate, int count, Func<int, Task> step)
    {
        var failures = 0;
        var inFlight = new List<Task>();
        var interval = TimeSpan.FromSeconds(1.0 / rate);
        var clock = Stopwatch.StartNew();
        for (var n = 0; n < count; n++)
        {
            var due = interval * n;
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            var current = n;
            inFlight.Add(Task.Run(async () =>
            {
                try
                {
                    await step(current);
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref failures);
                }
            }));
        }

        await Task.WhenAll(inFlight);
        return failures;
    }

    /// <summary>A bearer-token client for the API at <paramref name="url"/>.</summary>
    internal static async Task<HttpClient> ClientAsync(string url, string email, string password)
    {
        var http = new HttpClient { BaseAddress = new Uri(url), Timeout = Timeout.InfiniteTimeSpan };
        var login = await http.PostAsJsonAsync("/auth/login", new { email, password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>Debian's Chromium, headless and quiet on this machine's closed network.</summary>
    internal static Task<IBrowser> LaunchAsync(IPlaywright playwright, params string[] more) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = "/usr/bin/chromium",
        Args = ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", .. more],
    });

    /// <summary>Signs the browser context in with the cookie, through /login, and closes the page it used.</summary>
    internal static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel("이메일").FillAsync(email);
        await page.GetByLabel("비밀번호").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "로그인" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        await page.CloseAsync();
    }

    internal static async Task<int> SeekerCountAsync(HttpClient http)
    {
        var response = await http.GetAsync("/api/seekers?take=1");
        response.EnsureSuccessStatusCode();
        return int.Parse(response.Headers.GetValues("X-Total-Count").Single(), CultureInfo.InvariantCulture);
    }

    internal static async Task<Guid> IdAsync(HttpClient http, string path, object body)
    {
        var response = await http.PostAsJsonAsync(path, body);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    internal static double P(List<double> sorted, double q) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];

    internal static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
