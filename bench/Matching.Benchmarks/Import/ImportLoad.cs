using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using static Matching.Benchmarks.BenchArgs;

namespace Matching.Benchmarks.Import;

/// <summary>
/// End-to-end import benchmark against a running API: <c>dotnet run -c Release --project
/// bench/Matching.Benchmarks -- import-load [--lines 1000000] [--url http://localhost:5080]
/// [--email admin@matching.local] [--password …]</c>. Streams synthetic seeker lines into
/// <c>POST /api/import/seekers</c> and polls the job until it completes; prints both phases.
/// </summary>
public static class ImportLoad
{
    public static int Run(string[] args)
    {
        var lines = Arg(args, "--lines", 1000000);
        var (url, email, password) = Api(args);
        return RunAsync(lines, url, email, password).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(int lines, string url, string email, string password)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = Timeout.InfiniteTimeSpan };
        var login = await http.PostAsJsonAsync("/auth/login", new { email, password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        Console.WriteLine($"import-load: {lines:N0} seeker lines to {url}, {Environment.ProcessorCount} cores");
        return await ImportAsync(http, lines, log: true) ? 0 : 1;
    }

    /// <summary>Uploads that many synthetic seeker lines and waits for the job; true when it completed.</summary>
    internal static async Task<bool> ImportAsync(HttpClient http, int lines, bool log)
    {
        var total = Stopwatch.StartNew();
        var content = new PushStreamContent(stream => WriteLinesAsync(stream, lines));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        var response = await http.PostAsync("/api/import/seekers", content);
        response.EnsureSuccessStatusCode();
        var jobId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetGuid();
        Console.WriteLine($"  uploaded and stored in {total.Elapsed.TotalSeconds:F1} s; job {jobId}");

        while (true)
        {
            await Task.Delay(1000);
            var job = await http.GetFromJsonAsync<JsonElement>($"/api/import/{jobId}?errorsTake=5");
            var state = job.GetProperty("state").GetString();
            if (log || state is "Completed" or "Failed")
            {
                Console.WriteLine($"  {total.Elapsed.TotalSeconds,6:F1} s  {state}  processed {job.GetProperty("processed").GetInt32():N0}  "
                    + $"accepted {job.GetProperty("accepted").GetInt32():N0}  rejected {job.GetProperty("rejected").GetInt32():N0}");
            }

            if (state is "Completed" or "Failed")
            {
                var rate = lines / total.Elapsed.TotalSeconds;
                Console.WriteLine($"import: {lines:N0} lines in {total.Elapsed.TotalSeconds:F1} s ({rate:N0} lines/s)");
                return state == "Completed";
            }
        }
    }

    private static readonly string[] Occupations = ["5501", "0231", "6211", "8531", "5311", "0210", "3011", "3040"];
    private static readonly string[] Sigungu = ["서구", "계양구", "부평구", "남동구", "미추홀구"];

    private static async Task WriteLinesAsync(Stream stream, int lines)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        var random = new Random(1);
        for (var i = 0; i < lines; i++)
        {
            var occupation = Occupations[random.Next(Occupations.Length)];
            var registered = new DateOnly(2024, 1, 1).AddDays(random.Next(366));
            await writer.WriteAsync(
                $"{{\"name\":\"구직자{i}\",\"birthYear\":{1950 + random.Next(55)},\"gender\":\"{(random.Next(2) == 0 ? "Male" : "Female")}\","
                + $"\"phone\":\"010{random.Next(10_000_000, 99_999_999)}\",\"address\":{{\"sido\":\"인천광역시\",\"sigungu\":\"{Sigungu[random.Next(Sigungu.Length)]}\"}},"
                + $"\"desiredOccupations\":[\"{occupation}\"],\"desiredWage\":{{\"unit\":\"Monthly\",\"amount\":{2_200_000 + random.Next(20) * 50_000}}},"
                + "\"employmentTypes\":[\"Permanent\"],\"skills\":[\"고객응대\"],\"certificates\":[],"
                + $"\"experience\":[{{\"occupation\":\"{occupation}\",\"years\":{random.Next(10)}}}],\"education\":\"HighSchool\",\"programmes\":[],"
                + $"\"consentToMatching\":true,\"registeredOn\":\"{registered:yyyy-MM-dd}\"}}\n");
        }
    }

    /// <summary>Generates the body while it is being sent, so a million lines never sit in memory.</summary>
    private sealed class PushStreamContent(Func<Stream, Task> write) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => write(stream);

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
