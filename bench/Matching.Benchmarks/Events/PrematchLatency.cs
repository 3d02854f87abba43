using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using static Matching.Benchmarks.BenchArgs;

namespace Matching.Benchmarks.Events;

/// <summary>
/// How soon a pre-match job starts after it is asked for, against a running API (and its workers):
/// <c>dotnet run -c Release --project bench/Matching.Benchmarks -- prematch-latency [--requests 50] [--same-event] [--url …]
/// [--email …] [--password …]</c>. <c>--requests</c> small fairs (the same ten seekers and three booths) are pre-matched one
/// after another; each time the latency is from just before <c>POST …/prematch</c> to the <c>prematchStartedAt</c> the job
/// records as it begins (same machine, same clock). The job's own work is not measured. With <c>--same-event</c> one fair
/// is pre-matched again and again: each job then also waits for the previous one's per-event lock to be released.
/// </summary>
public static class PrematchLatency
{
    public static int Run(string[] args)
    {
        var requests = Arg(args, "--requests", 50);
        var sameEvent = args.Contains("--same-event");
        var (url, email, password) = Api(args);
        return RunAsync(requests, sameEvent, url, email, password).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(int requests, bool sameEvent, string url, string email, string password)
    {
        using var http = await PrematchLoad.SignInAsync(url, email, password);
        var first = await PrematchLoad.CreateFairAsync(http, seekerCount: 10, employerCount: 3, slots: 2);
        var events = new List<Guid> { first };
        while (!sameEvent && events.Count < requests)
        {
            events.Add(await CopyFairAsync(http, first));
        }

        var latencies = new List<double>();
        DateTimeOffset? lastStart = null;
        for (var i = 0; i < requests; i++)
        {
            var eventId = events[i % events.Count];
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

        var firstRequest = latencies[0];
        latencies.Sort();
        Console.WriteLine(
            $"prematch-latency: {requests} requests ({(sameEvent ? "one event" : "one event each")}) at {url}: p50 {Percentile(latencies, 50):F0} ms, "
            + $"p99 {Percentile(latencies, 99):F0} ms, min {latencies[0]:F0} ms, max {latencies[^1]:F0} ms, first {firstRequest:F0} ms (POST to job start)");
        return 0;
    }

    /// <summary>Another fair with the same booths and seekers.</summary>
    private static async Task<Guid> CopyFairAsync(HttpClient http, Guid from)
    {
        var source = await http.GetFromJsonAsync<JsonElement>($"/api/events/{from}");
        var eventId = await PrematchLoad.IdAsync(http, "/api/events", new
        {
            kind = "JobFair", title = "prematch-latency", startsAt = source.GetProperty("startsAt").GetDateTimeOffset(),
            endsAt = source.GetProperty("endsAt").GetDateTimeOffset(), venue = "bench", slotMinutes = source.GetProperty("slotMinutes").GetInt32(),
        });
        foreach (var booth in (await http.GetFromJsonAsync<JsonElement>($"/api/events/{from}/employers")).EnumerateArray())
        {
            await PrematchLoad.IdAsync(http, $"/api/events/{eventId}/employers", new
            {
                employerId = booth.GetProperty("employerId").GetGuid(), openingIds = booth.GetProperty("openingIds"),
                interviewersPerSlot = booth.GetProperty("interviewersPerSlot").GetInt32(),
            }, "employerId");
        }

        foreach (var seeker in (await http.GetFromJsonAsync<JsonElement>($"/api/events/{from}/seekers")).EnumerateArray())
        {
            await PrematchLoad.IdAsync(http, $"/api/events/{eventId}/seekers", new { seekerId = seeker.GetProperty("seekerId").GetGuid(), maxInterviews = 3 }, "seekerId");
        }

        return eventId;
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
