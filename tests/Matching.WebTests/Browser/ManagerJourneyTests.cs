using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Matching.IntegrationTests.Infrastructure;
using Matching.IntegrationTests.Stats;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Matching.WebTests.Browser;

/// <summary>
/// The centre manager brings 서구's 2024 records in through the import page (62,237 seekers, 13 of them without a
/// 희망직종; the openings; the placements), watches the bar move, takes the rejected lines, then reads every figure of
/// the seeds' published tables on the statistics page and downloads them as a CSV that Excel opens, the export recorded.
/// </summary>
[Collection(ManagerCollection.Name)]
public sealed class ManagerJourneyTests(WebAppHost host)
{
    private const string Manager = "counsellor@demo.local";

    // Two lines the import must refuse, after the 62,237 good ones; with the header line they are lines 62,239 and 62,240.
    private static readonly string[] BadSeekers =
    [
        "구직자미래,1980,Female,인천광역시,서구,5501,true,2999-01-01",
        "구직자성별,1980,X,인천광역시,서구,5501,true,2024-03-01",
    ];

    [BrowserFact]
    public Task Manager_imports_the_seo_gu_2024_records_and_reads_the_published_tables() => PageEvidence.ShowOnFailureAsync(async pages =>
    {
        var year = SeoGuTables.Y2024;
        var folder = Directory.CreateTempSubdirectory("matching-manager-");
        try
        {
            using var api = await host.ApiClientAsync(Manager);
            var employer = await api.PostAsJsonAsync("/api/employers", Bodies.Employer(Bodies.BusinessNumber(2_024)));
            Assert.True(employer.IsSuccessStatusCode, await employer.Content.ReadAsStringAsync());
            var employerId = (await employer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            var seekersFile = Write(folder, "seo-gu-2024-seekers.csv", SeoGuFiles.Seekers(year, BadSeekers));
            var openingsFile = Write(folder, "seo-gu-2024-openings.ndjson", SeoGuFiles.Openings(year, employerId));
            var placementsFile = Write(folder, "seo-gu-2024-placements.csv", SeoGuFiles.Placements(year));

            // 2023 goes in through the API beforehand, so the page has a year to compare with.
            await ImportThroughApiAsync(api, "openings", "application/x-ndjson", SeoGuFiles.Openings(SeoGuTables.Y2023, employerId));
            await ImportThroughApiAsync(api, "seekers", "text/csv", SeoGuFiles.Seekers(SeoGuTables.Y2023, []));
            await ImportThroughApiAsync(api, "placements", "text/csv", SeoGuFiles.Placements(SeoGuTables.Y2023));

            var page = await host.SignInAsync(Manager, "/manager/import");
            pages.Add(page);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "자료 가져오기" })).ToBeVisibleAsync();

            // Seekers: the bar is seen part-way, the job ends with every good line in and the two bad ones refused.
            var seen = await ImportAsync(page, "구직자", seekersFile);
            Assert.Contains(seen, p => p > 0 && p < year.Seekers + BadSeekers.Length);
            await Expect(page.GetByTestId("import-counts")).ToContainTextAsync($"가져옴 {year.Seekers:N0} · 거부 2");

            var rejected = await DownloadAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "거부된 줄 2개 내려받기" }).ClickAsync());
            var rejectedLines = Csv(rejected).ToList();
            Assert.Equal(["줄", "사유"], rejectedLines[0]);
            Assert.Equal(["62239", "62240"], rejectedLines.Skip(1).Select(l => l[0]));
            Assert.Contains("registeredOn:", rejectedLines[1][1]);
            Assert.StartsWith("gender:", rejectedLines[2][1]);

            await ImportAsync(page, "구인공고", openingsFile);
            await ImportAsync(page, "취업 기록", placementsFile);
            await Expect(page.GetByTestId("import-row")).ToHaveCountAsync(6);
            await PageTourTests.ShotAsync(page, "manager-import", "자료 가져오기");

            // Every figure of the published tables, as the page shows it.
            await page.GotoAsync("/manager/stats?year=2024");
            await Expect(page.GetByTestId("stats-row")).ToHaveCountAsync(35 + 2 + 5);
            // Read as JSON text: Playwright's own object transfer adds reference ids ($id) to the objects.
            var totals = JsonSerializer.Deserialize<Dictionary<string, string>>(await page.EvaluateAsync<string>(
                "() => JSON.stringify(Object.fromEntries([...document.querySelectorAll('[data-testid=total]')].map(t => [t.dataset.metric, t.querySelector('.stats-current').innerText.trim()])))"));
            Assert.Equal(
                new Dictionary<string, string>
                {
                    ["openingsHeadcount"] = N(year.Openings), ["newSeekers"] = N(year.Seekers), ["openingsPerSeeker"] = D(year.Ratio),
                    ["placements"] = N(year.Placements), ["placementRate"] = D(year.Rate),
                },
                totals);
            var rows = JsonSerializer.Deserialize<List<PageRow>>(await page.EvaluateAsync<string>("""
                () => JSON.stringify([...document.querySelectorAll('[data-testid=stats-row]')].map(r => ({
                    section: r.dataset.section, key: r.dataset.key,
                    cells: Object.fromEntries([...r.querySelectorAll('td[data-metric]')].map(c => [c.dataset.metric, c.querySelector('.stats-current').innerText.trim()]))
                })))
                """), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
            // Beside each figure, last year's and the change, as the published 전년대비 columns give them.
            await Expect(page.GetByTestId("total").Filter(new() { HasText = "신규구직자수" })).ToContainTextAsync("전년 63,407 · -1,170 (-1.8%)");
            await Expect(page.GetByTestId("total").Filter(new() { HasText = "취업률" })).ToContainTextAsync("전년 31.1 · +0.2%p");
            await Expect(page.GetByTestId("total").Filter(new() { HasText = "구인배율" })).ToContainTextAsync("전년 0.6 · -0.1");
            var occupations = rows.Where(r => r.Section == "직종").ToList();
            Assert.Equal(35, occupations.Count);
            for (var i = 0; i < 35; i++)
            {
                var (openings, seekers, ratio) = SeoGuTables.Occupations2024[i];
                Assert.Equal((N(openings), N(seekers), D(ratio)),
                    (occupations[i].Cells["openingsHeadcount"], occupations[i].Cells["newSeekers"], occupations[i].Cells["openingsPerSeeker"]));
            }

            // The 13 unclassified count in the total but in no 직종 row.
            Assert.Equal(year.Seekers - 13, SeoGuTables.Occupations2024.Sum(o => o.Seekers));
            AssertPeople(rows.Where(r => r.Section == "성별").ToList(), year.SeekersByGender, year.PlacementsByGender, year.RateByGender);
            AssertPeople(rows.Where(r => r.Section == "연령대").ToList(), year.SeekersByAge, year.PlacementsByAge, year.RateByAge);
            await Expect(page.GetByTestId("chart-occupations").Locator("svg")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("chart-age-rates").Locator("svg")).ToBeVisibleAsync();
            await PageTourTests.ShotAsync(page, "manager-stats", "일자리 공시 통계");

            // The CSV: a purpose is asked for, an empty one refused in Korean; the file is UTF-8 with a BOM and parses.
            await page.GetByRole(AriaRole.Button, new() { Name = "CSV 내려받기" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await dialog.GetByRole(AriaRole.Button, new() { Name = "내려받기", Exact = true }).ClickAsync();
            await Expect(dialog.GetByText("내려받는 목적을 입력하세요")).ToBeVisibleAsync();
            const string purpose = "2025년 일자리 공시 제출 자료 확인";
            await dialog.GetByLabel("내려받는 목적 *").FillAsync(purpose);
            await PageTourTests.ShotAsync(page, "manager-stats-export", "통계 내려받기", fullPage: false);
            var csv = await DownloadAsync(page, () => dialog.GetByRole(AriaRole.Button, new() { Name = "내려받기", Exact = true }).ClickAsync());
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
            var lines = Csv(csv).ToList();
            Assert.Equal(2 + 1 + 35 + 2 + 5, lines.Count);
            Assert.All(lines.Skip(1), l => Assert.Equal(8, l.Length));
            Assert.Equal(["전체", "total", "전체", "31544", "62237", "0.5", "19499", "31.3"], lines[2]);
            Assert.Contains(lines, l => l is ["직종", "55", _, "5026", "4095", "1.2", ..]);

            // The export is recorded: who, when, which period, and the purpose typed.
            using var admin = await host.ApiClientAsync(WebAppHost.AdminEmail, WebAppHost.AdminPassword);
            var records = (await admin.GetFromJsonAsync<JsonElement>("/api/audit?take=1000")).EnumerateArray()
                .Where(r => r.GetProperty("action").GetString() == "Export").ToList();
            var record = Assert.Single(records, r => r.GetProperty("purpose").GetString() == purpose);
            Assert.Equal(("page /manager/stats 2024-01-01~2024-12-31", Manager, "Counsellor"),
                (record.GetProperty("where").GetString(), record.GetProperty("actorEmail").GetString(), record.GetProperty("actorRole").GetString()));
            Assert.InRange(record.GetProperty("at").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    });

    private sealed record PageRow(string Section, string Key, Dictionary<string, string> Cells);

    /// <summary>Picks the kind and the file, and follows the job's bar to its end; returns every line count the bar showed.</summary>
    private static async Task<List<int>> ImportAsync(IPage page, string kind, string file)
    {
        await page.GetByLabel("가져올 자료", new() { Exact = true }).ClickAsync();
        await page.Locator(".mud-popover-open").GetByText(kind, new() { Exact = true }).ClickAsync();
        await Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        // The upload adds a fresh input after each pick (so the same file can be picked again); the newest is the live one.
        await page.Locator("input[type=file]").Last.SetInputFilesAsync(file);

        var job = page.GetByTestId("import-job").Filter(new() { HasText = kind });
        await Expect(job).ToBeVisibleAsync(new() { Timeout = 120_000 });
        var seen = new List<int>();
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (await job.GetAttributeAsync("data-state") is not ("Completed" or "Failed"))
        {
            Assert.True(DateTime.UtcNow < deadline, $"{kind} import still {await job.GetAttributeAsync("data-state")}");
            var processed = int.Parse((await page.GetByTestId("import-progress").GetAttributeAsync("data-processed"))!);
            if (processed > 0 && !seen.Any(p => p > 0))
            {
                // Beside the test output only: how the bar looks part-way.
                Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));
                await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", $"manager-import-running-{kind}.png") });
            }

            seen.Add(processed);
            await Task.Delay(100);
        }

        Assert.Equal("Completed", await job.GetAttributeAsync("data-state"));
        return seen;
    }

    private static async Task ImportThroughApiAsync(HttpClient api, string kind, string mediaType, string body)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        var response = await api.PostAsync($"/api/import/{kind}", content);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var jobId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetGuid();
        var deadline = DateTime.UtcNow.AddMinutes(5);
        JsonElement job;
        while ((job = await api.GetFromJsonAsync<JsonElement>($"/api/import/{jobId}")).GetProperty("state").GetString() is not ("Completed" or "Failed"))
        {
            Assert.True(DateTime.UtcNow < deadline, $"{kind} import via the API still running: {job}");
            await Task.Delay(200);
        }

        Assert.True(job.GetProperty("state").GetString() == "Completed" && job.GetProperty("rejected").GetInt32() == 0, job.ToString());
    }

    private static async Task<byte[]> DownloadAsync(IPage page, Func<Task> click)
    {
        var download = await page.RunAndWaitForDownloadAsync(click);
        return await File.ReadAllBytesAsync((await download.PathAsync())!);
    }

    private static void AssertPeople(List<PageRow> rows, int[] seekers, int[] placements, decimal[] rates)
    {
        Assert.Equal(seekers.Select(N), rows.Select(r => r.Cells["newSeekers"]));
        Assert.Equal(placements.Select(N), rows.Select(r => r.Cells["placements"]));
        Assert.Equal(rates.Select(D), rows.Select(r => r.Cells["placementRate"]));
    }

    private static string Write(DirectoryInfo folder, string name, string content)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    /// <summary>A CSV file read the way a spreadsheet reads it: BOM dropped, CRLF or LF lines, quoted cells with doubled quotes.</summary>
    private static IEnumerable<string[]> Csv(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        foreach (var line in text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0))
        {
            var cells = new List<string>();
            var cell = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                switch (line[i])
                {
                    case '"' when quoted && i + 1 < line.Length && line[i + 1] == '"':
                        cell.Append('"');
                        i++;
                        break;
                    case '"':
                        quoted = !quoted;
                        break;
                    case ',' when !quoted:
                        cells.Add(cell.ToString());
                        cell.Clear();
                        break;
                    default:
                        cell.Append(line[i]);
                        break;
                }
            }

            cells.Add(cell.ToString());
            yield return cells.ToArray();
        }
    }

    private static string N(int value) => value.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("ko-KR"));

    private static string D(decimal value) => value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// The manager's journey on a host of its own: 62,237 imported seekers would crowd every other test's match lists.
/// It runs alone, after the other collections, so its import does not slow their timed live updates.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ManagerCollection : ICollectionFixture<WebAppHost>
{
    public const string Name = "manager pages in Chromium";
}
