using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Matching.Domain.Validation;
using static Matching.Benchmarks.BenchArgs;

namespace Matching.Benchmarks.Events;

/// <summary>
/// The whole pre-match job against a running API: <c>dotnet run -c Release --project bench/Matching.Benchmarks --
/// prematch-load [--seekers 5000] [--employers 300] [--slots 18] [--url http://localhost:5080] [--email …] [--password …]</c>.
/// Registers the employers (two openings each) and seekers over HTTP, joins them to a fair of that many
/// 30-minute slots, then times <c>POST /api/events/{id}/prematch</c> until the timetable is done: scoring every
/// pair, solving, storing the interviews and the invitations.
/// </summary>
public static class PrematchLoad
{
    private static readonly string[] Occupations = ["5501", "0231", "6211", "8531", "5311", "0210", "3011", "3040"];
    private static readonly string[] Sigungu = ["서구", "계양구", "부평구", "남동구", "미추홀구"];

    public static int Run(string[] args)
    {
        var seekers = Arg(args, "--seekers", 5000);
        var employers = Arg(args, "--employers", 300);
        var slots = Arg(args, "--slots", 18);
        var (url, email, password) = Api(args);
        return RunAsync(seekers, employers, slots, url, email, password).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(int seekerCount, int employerCount, int slots, string url, string email, string password)
    {
        using var http = await SignInAsync(url, email, password);
        Console.WriteLine($"prematch-load: {seekerCount:N0} seekers × {employerCount:N0} employers × {slots} slots at {url}, {Environment.ProcessorCount} cores");

        var setup = Stopwatch.StartNew();
        var eventId = await CreateFairAsync(http, seekerCount, employerCount, slots);
        Console.WriteLine($"  set up in {setup.Elapsed.TotalSeconds:F1} s");

        var job = Stopwatch.StartNew();
        (await http.PostAsJsonAsync($"/api/events/{eventId}/prematch", new { })).EnsureSuccessStatusCode();
        while (true)
        {
            await Task.Delay(100);
            var timetable = await http.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/timetable");
            var status = timetable.GetProperty("status").GetString();
            if (status is "Done" or "Failed")
            {
                var interviews = timetable.GetProperty("slots").GetArrayLength();
                var placed = timetable.GetProperty("slots").EnumerateArray().Select(s => s.GetProperty("seekerId").GetGuid()).Distinct().Count();
                Console.WriteLine($"prematch-load: {status} in {job.Elapsed.TotalSeconds:F2} s (request to timetable read, polled every 100 ms): "
                    + $"{interviews:N0} interviews, {placed:N0} seekers placed, {timetable.GetProperty("unplaced").GetArrayLength():N0} unplaced");
                return status == "Done" ? 0 : 1;
            }
        }
    }

    internal static async Task<HttpClient> SignInAsync(string url, string email, string password)
    {
        var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(10) };
        var login = await http.PostAsJsonAsync("/auth/login", new { email, password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>A fair ten days ahead with that many employers (two openings each) and seekers joined.</summary>
    internal static async Task<Guid> CreateFairAsync(HttpClient http, int seekerCount, int employerCount, int slots)
    {
        var starts = DateTimeOffset.UtcNow.AddDays(10);
        var eventId = await IdAsync(http, "/api/events", new
        {
            kind = "JobFair", title = "prematch-load", startsAt = starts, endsAt = starts.AddMinutes(30 * slots), venue = "bench", slotMinutes = 30,
        });
        var random = new Random(5);
        // Another run against the same store registers other businesses: a 사업자등록번호 is unique.
        var firstBusiness = Random.Shared.Next(0, 1_000_000);
        await Parallel.ForEachAsync(Enumerable.Range(0, employerCount), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var employer = await IdAsync(http, "/api/employers", new
            {
                name = $"(주)벤치{i}", businessNumber = BusinessNumber(firstBusiness + i), size = "Small",
                address = new { sido = "인천광역시", sigungu = Sigungu[i % Sigungu.Length] },
            });
            var openings = new List<Guid>();
            for (var k = 0; k < 2; k++)
            {
                var occupation = Occupations[(i + k) % Occupations.Length];
                openings.Add(await IdAsync(http, "/api/openings", new
                {
                    employerId = employer, title = $"벤치 공고 {i}-{k}", occupation, headcount = 3, employmentType = "Permanent",
                    wage = new { unit = "Monthly", min = 2_300_000, max = 2_800_000 },
                    address = new { sido = "인천광역시", sigungu = Sigungu[(i + k) % Sigungu.Length] },
                    requiredCertificates = Array.Empty<string>(), preferredSkills = new[] { "고객응대" }, welcomesProgrammes = Array.Empty<string>(),
                    closesOn = DateTimeOffset.UtcNow.AddDays(60).ToString("yyyy-MM-dd"),
                }));
            }

            await IdAsync(http, $"/api/events/{eventId}/employers", new { employerId = employer, openingIds = openings, interviewersPerSlot = 1 + i % 2 }, "employerId");
        });
        var occupationOf = Enumerable.Range(0, seekerCount).Select(_ => Occupations[random.Next(Occupations.Length)]).ToArray();
        await Parallel.ForEachAsync(Enumerable.Range(0, seekerCount), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var seeker = await IdAsync(http, "/api/seekers", new
            {
                name = $"구직자{i}", birthYear = 1960 + i % 45, gender = i % 2 == 0 ? "Male" : "Female",
                address = new { sido = "인천광역시", sigungu = Sigungu[i % Sigungu.Length] },
                desiredOccupations = new[] { occupationOf[i] }, desiredWage = new { unit = "Monthly", amount = 2_300_000 },
                employmentTypes = new[] { "Permanent" }, skills = new[] { "고객응대" }, certificates = Array.Empty<string>(),
                experience = new[] { new { occupation = occupationOf[i], years = i % 8 } }, education = "HighSchool",
                programmes = Array.Empty<string>(), consentToMatching = true,
            });
            await IdAsync(http, $"/api/events/{eventId}/seekers", new { seekerId = seeker, maxInterviews = 3 }, "seekerId");
        });
        return eventId;
    }

    internal static async Task<Guid> IdAsync(HttpClient http, string path, object body, string property = "id")
    {
        var response = await http.PostAsJsonAsync(path, body);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty(property).GetGuid();
    }

    /// <summary>A valid 사업자등록번호 per seed for the benches' employers: the stem, with the check digit the domain's rule accepts.</summary>
    internal static string BusinessNumber(int seed)
    {
        var stem = ((long)seed * 7_919 % 800_000_000 + 100_000_000).ToString("D9", CultureInfo.InvariantCulture);
        return Enumerable.Range(0, 10).Select(check => BusinessRegistrationNumber.TryNormalize(stem + check, out var formatted) ? formatted : null)
            .First(n => n is not null)!;
    }
}
