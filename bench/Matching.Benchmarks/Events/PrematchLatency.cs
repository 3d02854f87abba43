using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Matching.Benchmarks.Events;

/// <summary>
/// How soon a pre-match job starts after it is asked for, against a running API (and its workers):
/// <c>dotnet run -c Release --project bench/Matching.Benchmarks -- prematch-latency [--requests 50] [--url …] [--email …]
/// [--password …]</c>. A small fair is set up, then pre-matched <c>--requests</c> times one after another; each time the
/// latency is from just before <c>POST …/prematch</c> to the <c>prematchStartedAt</c> the job records as it begins (same
/// machine, same clock). The job's own work is not measured.
/// </summary>
public static class PrematchLatency
{
    public static int Run(string[] args)
    {
        var requests = int.Parse(PrematchLoad.Arg(args, "--requests", "50"), CultureInfo.InvariantCulture);
        var url = PrematchLoad.Arg(args, "--url", "http://localhost:5080");
        var email = PrematchLoad.Arg(args, "--email", "admin@matching.local");
        var password = PrematchLoad.Arg(args, "--password", Environment.GetEnvironmentVariable("MATCHING_PASSWORD") ?? "");
        return RunAsync(requests, url, email, password).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(int requests, string url, string email, string password)
    {
        using var http = await PrematchLoad.SignInAsync(url, email, password);
        var eventId = await PrematchLoad.CreateFairAsync(http, seekerCount: 10, employerCount: 3, slots: 2);
        var latencies = new List<double>();
        DateTimeOffset? lastStart = null;
        for (var i = 0; i < requests; i++)
        {
            var asked = DateTimeOffset.UtcNow;
            (await http.PostAsJsonAsync($"/api/events/{eventId}/prematch", new { })).EnsureSuccessStatusCode();
            var (started, status) = await WaitForDoneAsync(http, eventId, lastStart);
            if (status != "Done")
            {
                Console.Error.WriteLine($"prematch-latency: request {i} ended {status}");
                return 1;
            }

            latencies.Add((started - asked).TotalMilliseconds);
            lastStart = started;
        }

        latencies.Sort();
        Console.WriteLine(
            $"prematch-latency: {requests} requests at {url}: p50 {Percentile(latencies, 50):F0} ms, p99 {Percentile(latencies, 99):F0} ms, "
            + $"min {latencies[0]:F0} ms, max {latencies[^1]:F0} ms (POST to job start)");
        return 0;
    }

    /// <summary>Polls (every 10 ms; the figure is the job's own timestamp, so polling adds nothing to it) until this request's run is done.</summary>
    private static async Task<(DateTimeOffset Started, string Status)> WaitForDoneAsync(HttpClient http, Guid eventId, DateTimeOffset? previous)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < deadline)
        {
            var timetable = await http.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/timetable");
            var status = timetable.GetProperty("status").GetString()!;
            if (status is "Done" or "Failed" && timetable.GetProperty("prematchStartedAt").ValueKind == JsonValueKind.String)
            {
                var started = timetable.GetProperty("prematchStartedAt").GetDateTimeOffset();
                if (started != previous)
                {
                    return (started, status);
                }
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"pre-match of {eventId} did not finish within a minute");
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(List<double> sorted, int p) => sorted[Math.Max(0, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];
}
