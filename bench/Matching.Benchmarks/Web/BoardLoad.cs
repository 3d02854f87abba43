using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Matching.Benchmarks.Events;
using Microsoft.Playwright;
using static Matching.Benchmarks.BenchArgs;

namespace Matching.Benchmarks.Web;

/// <summary>
/// The hall's board under a busy desk, in Debian's Chromium, against a running API: <c>dotnet run -c Release --project
/// bench/Matching.Benchmarks -- board-load [--boards 5] [--rate 10] [--seconds 30] [--booths 10] [--url http://localhost:5080]
/// [--email …] [--password …]</c>.
/// <para>
/// A fair on now with <c>--booths</c> booths, each of one opening in its own 대분류, and seekers who each fit one booth
/// best. <c>--boards</c> pages show <c>/events/{id}/board</c> while walk-ins are checked in at <c>--rate</c> a second
/// for <c>--seconds</c>, each into one queue (maxInterviews 1), the booths in turn. The k-th walk-in at a booth makes
/// its waiting count k; each page notes, in the browser's clock, when each count first shows. The latency of a
/// check-in is that moment minus the start of its POST, on every board: the desk's click to the hall's screen.
/// </para>
/// </summary>
public static class BoardLoad
{
    /// <summary>One booth per 대분류, so that a seeker's best booth is the one of their own occupation.</summary>
    private static readonly string[] Occupations = ["0231", "1341", "2111", "3011", "4111", "5501", "6211", "7011", "8531", "9011"];

    private const string EmployerPrefix = "(주)보드부하";
    private const string SeekerPrefix = "보드부하";

    public static int Run(string[] args)
    {
        var (url, email, password) = Api(args);
        var options = new Options(
            Arg(args, "--boards", 5),
            Arg(args, "--rate", 10),
            Arg(args, "--seconds", 30),
            Math.Clamp(Arg(args, "--booths", 10), 1, Occupations.Length),
            url, email, password);
        return RunAsync(options).GetAwaiter().GetResult();
    }

    private sealed record Options(int Boards, int Rate, int Seconds, int Booths, string Url, string Email, string Password);

    private sealed record Booth(Guid EmployerId, Guid OpeningId, string Occupation);

    private static async Task<int> RunAsync(Options o)
    {
        using var http = await WebLoad.ClientAsync(o.Url, o.Email, o.Password);
        Console.WriteLine($"board-load at {o.Url}, {Environment.ProcessorCount} cores, load {WebLoad.Load()}");
        var checkIns = o.Rate * o.Seconds;
        var perBooth = (checkIns + o.Booths - 1) / o.Booths;
        var booths = new List<Booth>();
        for (var b = 0; b < o.Booths; b++)
        {
            booths.Add(await BoothAsync(http, b));
        }

        var seekers = await SeekersAsync(http, booths, perBooth);
        var starts = DateTimeOffset.UtcNow.AddMinutes(-1);
        var eventId = await WebLoad.IdAsync(http, "/api/events", new
        {
            kind = "JobFair", title = $"보드 부하 {DateTime.Now:HHmmss}", startsAt = starts, endsAt = starts.AddHours(8), venue = "부하 시험장", slotMinutes = 30,
        });
        foreach (var booth in booths)
        {
            (await http.PostAsJsonAsync($"/api/events/{eventId}/employers",
                new { employerId = booth.EmployerId, openingIds = new[] { booth.OpeningId }, interviewersPerSlot = 1 })).EnsureSuccessStatusCode();
        }

        using var playwright = await Playwright.CreateAsync();
        // Every board is a page in the background of one headless window: the timers must not be slowed for that.
        await using var browser = await WebLoad.LaunchAsync(playwright,
            "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = o.Url, Locale = "ko-KR", ViewportSize = new ViewportSize { Width = 1920, Height = 1080 },
        });
        await WebLoad.SignInAsync(await context.NewPageAsync(), o.Email, o.Password);
        var pages = new List<IPage>();
        for (var i = 0; i < o.Boards; i++)
        {
            var page = await context.NewPageAsync();
            // Notes when each booth's waiting count first shows each value, in the browser's own clock.
            await page.AddInitScriptAsync("""
                window.__seen = {};
                new MutationObserver(() => {
                  for (const card of document.querySelectorAll('[data-testid=board-booth]')) {
                    const n = card.querySelector('[data-testid=board-waiting]');
                    const key = card.dataset.employerId + ':' + (n ? n.textContent.trim() : '');
                    if (!(key in window.__seen)) window.__seen[key] = Date.now();
                  }
                }).observe(document, { childList: true, subtree: true, characterData: true });
                """);
            await page.GotoAsync($"/events/{eventId}/board");
            await page.Locator("[data-testid=board-booth]").Nth(o.Booths - 1).WaitForAsync();
            pages.Add(page);
        }

        Console.WriteLine($"  {o.Boards} boards open on {o.Booths} booths; {checkIns} walk-ins at {o.Rate}/s for {o.Seconds} s; load {WebLoad.Load()}");
        var sent = new ConcurrentBag<(Guid EmployerId, int Count, long At)>();
        var responses = new ConcurrentBag<double>();
        var misrouted = 0;
        var failures = await WebLoad.PacedAsync(o.Rate, checkIns, async n =>
        {
            // The booths in turn: a booth's next walk-in comes (booths / rate) seconds after its last.
            var booth = booths[n % o.Booths];
            var count = n / o.Booths + 1;
            var at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            var timer = Stopwatch.StartNew();
            var response = await http.PostAsJsonAsync($"/api/events/{eventId}/checkins", new { seekerId = seekers[booth.EmployerId][count - 1], maxInterviews = 1 });
            response.EnsureSuccessStatusCode();
            responses.Add(timer.Elapsed.TotalMilliseconds);
            var queues = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("queues");
            if (queues.GetArrayLength() != 1 || queues[0].GetProperty("employerId").GetGuid() != booth.EmployerId)
            {
                Interlocked.Increment(ref misrouted);
            }

            sent.Add((booth.EmployerId, count, at));
        });
        await Task.Delay(5_000);
        var latencies = new List<double>();
        var missing = 0;
        foreach (var page in pages)
        {
            var seen = (await page.EvaluateAsync<Dictionary<string, long>>("window.__seen"))
                .Select(e => (Key: e.Key.Split(':'), At: e.Value))
                .Where(e => int.TryParse(e.Key[1], CultureInfo.InvariantCulture, out _))
                .GroupBy(e => Guid.Parse(e.Key[0]))
                .ToDictionary(g => g.Key, g => g.Select(e => (Count: int.Parse(e.Key[1], CultureInfo.InvariantCulture), e.At)).ToList());
            foreach (var (employerId, count, at) in sent)
            {
                // Two walk-ins rendered together show one count: the earlier one is there once any count as high is.
                var shown = seen.GetValueOrDefault(employerId)?.Where(s => s.Count >= count).Select(s => (long?)s.At).Min();
                if (shown is { } t)
                {
                    latencies.Add(t - at);
                }
                else
                {
                    missing++;
                }
            }
        }

        latencies.Sort();
        var answers = responses.Order().ToList();
        Console.WriteLine($"check-in POST: {answers.Count} answered, {failures} failed, {misrouted} not queued at their own booth: "
            + $"p50 {WebLoad.P(answers, 0.5):F0} ms, p99 {WebLoad.P(answers, 0.99):F0} ms");
        Console.WriteLine($"board update from a check-in: {latencies.Count:N0} arrivals ({sent.Count} check-ins × {pages.Count} boards), {missing} missing: "
            + $"p50 {WebLoad.P(latencies, 0.5):F0} ms, p90 {WebLoad.P(latencies, 0.9):F0} ms, p99 {WebLoad.P(latencies, 0.99):F0} ms, "
            + $"max {(latencies.Count > 0 ? latencies[^1] : 0):F0} ms; load {WebLoad.Load()}");
        return failures == 0 && missing == 0 ? 0 : 1;
    }

    /// <summary>The bench's employer for booth <paramref name="index"/>, found by name from an earlier run or made now, with its one opening.</summary>
    private static async Task<Booth> BoothAsync(HttpClient http, int index)
    {
        var name = $"{EmployerPrefix}{index:D2}";
        var occupation = Occupations[index];
        var found = await http.GetFromJsonAsync<JsonElement>("/api/employers?q=" + Uri.EscapeDataString(name));
        var employerId = found.GetArrayLength() > 0
            ? found[0].GetProperty("id").GetGuid()
            : await WebLoad.IdAsync(http, "/api/employers", new
            {
                name, businessNumber = PrematchLoad.BusinessNumber(900_000 + index), size = "Medium", address = new { sido = "인천광역시", sigungu = "서구" },
            });
        var openings = await http.GetFromJsonAsync<JsonElement>($"/api/employers/{employerId}/openings");
        var open = openings.EnumerateArray().FirstOrDefault(x => x.GetProperty("status").GetString() == "Open" && x.GetProperty("occupation").GetString() == occupation);
        var openingId = open.ValueKind == JsonValueKind.Object
            ? open.GetProperty("id").GetGuid()
            : await WebLoad.IdAsync(http, "/api/openings", new
            {
                employerId, title = $"부하 부스 {index:D2}", occupation, headcount = 50, wage = new { unit = "Monthly", min = 2_600_000 },
                employmentType = "Permanent", workHours = 40, address = new { sido = "인천광역시", sigungu = "서구" },
                closesOn = DateTime.Today.AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            });
        return new Booth(employerId, openingId, occupation);
    }

    /// <summary><paramref name="perBooth"/> seekers of each booth's occupation, kept from earlier runs (each run is a new fair).</summary>
    private static async Task<Dictionary<Guid, List<Guid>>> SeekersAsync(HttpClient http, List<Booth> booths, int perBooth)
    {
        var result = new Dictionary<Guid, List<Guid>>();
        foreach (var (booth, index) in booths.Select((b, i) => (b, i)))
        {
            var prefix = $"{SeekerPrefix}{index:D2}-";
            var ids = new List<Guid>();
            for (var skip = 0; ; skip += 200)
            {
                var page = await http.GetFromJsonAsync<JsonElement>($"/api/seekers?q={Uri.EscapeDataString(prefix)}&skip={skip}&take=200");
                ids.AddRange(page.EnumerateArray().Select(s => s.GetProperty("id").GetGuid()));
                if (page.GetArrayLength() < 200)
                {
                    break;
                }
            }

            var missing = Math.Max(0, perBooth - ids.Count);
            var made = new ConcurrentBag<Guid>();
            await Parallel.ForEachAsync(Enumerable.Range(ids.Count, missing), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (k, _) =>
                made.Add(await WebLoad.IdAsync(http, "/api/seekers", new
                {
                    name = $"{prefix}{k:D3}", birthYear = 1980 + k % 20, gender = k % 2 == 0 ? "Female" : "Male",
                    address = new { sido = "인천광역시", sigungu = "서구" }, desiredOccupations = new[] { booth.Occupation },
                    desiredWage = new { unit = "Monthly", amount = 2_400_000 }, employmentTypes = new[] { "Permanent" },
                    experience = new[] { new { occupation = booth.Occupation, years = 3 } }, consentToMatching = true,
                })));
            ids.AddRange(made);
            result[booth.EmployerId] = ids.Take(perBooth).ToList();
        }

        Console.WriteLine($"  {booths.Count} booths, {perBooth} seekers each; load {WebLoad.Load()}");
        // The new seekers' match recomputation settles before the clock starts.
        await Task.Delay(5_000);
        return result;
    }
}
