using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Matching.Benchmarks.Events;
using static Matching.Benchmarks.BenchArgs;

namespace Matching.Benchmarks.Privacy;

/// <summary>
/// What the access records cost a request, against a running API: <c>dotnet run -c Release --project
/// bench/Matching.Benchmarks -- audit-cost [--requests 1000] [--url http://localhost:5080] [--email …] [--password …]</c>.
/// The same route done twice the same way, once with records and once without: an opening's 20 candidates read by a
/// counsellor (20 access records, in one insert) and by an organiser (masked, none); and one seeker's profile read
/// by a counsellor (one record) against the same seeker's consents (none). Requests alternate, one at a time.
/// </summary>
public static class AuditCost
{
    public static int Run(string[] args)
    {
        var requests = Arg(args, "--requests", 1000);
        var (url, email, password) = Api(args);
        return RunAsync(requests, url, email, password).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(int requests, string url, string email, string password)
    {
        using var admin = await PrematchLoad.SignInAsync(url, email, password);
        var run = Guid.NewGuid().ToString("N")[..8];
        using var counsellor = await AccountAsync(admin, url, "Counsellor", run);
        using var organiser = await AccountAsync(admin, url, "Organiser", run);

        var employer = await PrematchLoad.IdAsync(admin, "/api/employers", new
        {
            name = "(주)감사비용", businessNumber = PrematchLoad.BusinessNumber(Random.Shared.Next(0, 1_000_000)), size = "Small",
            address = new { sido = "인천광역시", sigungu = "서구" },
        });
        var opening = await PrematchLoad.IdAsync(admin, "/api/openings", new
        {
            employerId = employer, title = "감사 비용 측정", occupation = "5501", headcount = 3, employmentType = "Permanent",
            wage = new { unit = "Monthly", min = 2_300_000 }, address = new { sido = "인천광역시", sigungu = "서구" },
            closesOn = DateTimeOffset.UtcNow.AddDays(60).ToString("yyyy-MM-dd"),
        });
        var seeker = Guid.Empty;
        for (var i = 0; i < 25; i++)
        {
            seeker = await PrematchLoad.IdAsync(admin, "/api/seekers", new
            {
                name = $"감사{run}{i}", birthYear = 1970 + i, gender = "Female", phone = $"010-5555-{1000 + i}",
                address = new { sido = "인천광역시", sigungu = "서구" }, desiredOccupations = new[] { "5501" },
                desiredWage = new { unit = "Monthly", amount = 2_300_000 }, employmentTypes = new[] { "Permanent" }, consentToMatching = true,
            });
        }

        var candidates = await counsellor.GetFromJsonAsync<JsonElement>($"/api/openings/{opening}/matches?top=20");
        Console.WriteLine($"audit-cost: {requests:N0} requests per case at {url}, {Environment.ProcessorCount} cores; "
            + $"{candidates.GetProperty("matches").GetArrayLength()} candidates per list");

        var cases = new (string Name, HttpClient Client, string Path)[]
        {
            ("candidates, counsellor (20 records)", counsellor, $"/api/openings/{opening}/matches?top=20"),
            ("candidates, organiser (masked, none)", organiser, $"/api/openings/{opening}/matches?top=20"),
            ("profile, counsellor (1 record)", counsellor, $"/api/seekers/{seeker}"),
            ("consents, counsellor (none)", counsellor, $"/api/seekers/{seeker}/consents"),
        };
        var times = cases.Select(_ => new List<double>(requests)).ToArray();
        for (var i = 0; i < requests + 100; i++)
        {
            for (var c = 0; c < cases.Length; c++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await cases[c].Client.GetAsync(cases[c].Path);
                await response.Content.ReadAsByteArrayAsync();
                response.EnsureSuccessStatusCode();
                if (i >= 100)
                {
                    times[c].Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        }

        for (var c = 0; c < cases.Length; c++)
        {
            var t = times[c].Order().ToList();
            Console.WriteLine($"  {cases[c].Name,-40} mean {t.Average(),6:F2} ms  p50 {P(t, 0.50),6:F2}  p95 {P(t, 0.95),6:F2}  p99 {P(t, 0.99),6:F2}");
        }

        Console.WriteLine($"audit-cost: 20 records add {times[0].Average() - times[1].Average():F2} ms to the mean (p50 {P(times[0].Order().ToList(), 0.5) - P(times[1].Order().ToList(), 0.5):F2}); "
            + $"one record vs a recordless read of the same seeker {times[2].Average() - times[3].Average():F2} ms");
        return 0;
    }

    private static double P(List<double> sorted, double q) => sorted[Math.Min(sorted.Count - 1, (int)(q * sorted.Count))];

    private static async Task<HttpClient> AccountAsync(HttpClient admin, string url, string role, string run)
    {
        var email = $"audit-{role.ToLowerInvariant()}-{run}@bench.local";
        const string password = "Bench-Pass-1";
        (await admin.PostAsJsonAsync("/api/users", new { email, password, role })).EnsureSuccessStatusCode();
        return await PrematchLoad.SignInAsync(url, email, password);
    }
}
