using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Matching.Benchmarks.Import;
using Matching.Benchmarks.Web;
using static Matching.Benchmarks.BenchArgs;

namespace Matching.Benchmarks.Matching;

/// <summary>
/// The match endpoints under closed-loop load, against a running API: <c>dotnet run -c Release --project
/// bench/Matching.Benchmarks -- match-http [--seekers 100000] [--connections 32] [--seconds 20] [--warmup 5] [--top 20]
/// [--url http://localhost:5080] [--email admin@matching.local] [--password …] [--server-pid N]</c>.
/// Tops the store up to <c>--seekers</c> (through the import) and the bench employer's openings (as web-load does),
/// then, per direction, keeps <c>--connections</c> requests in flight for <c>--seconds</c>, each connection sending its
/// next request when the last answer is read, and prints requests/s and latency percentiles. Given the API's process
/// id (same machine), it also prints the server's CPU time per request, which moves less with other load than wall time.
/// </summary>
public static class MatchHttpLoad
{
    public static int Run(string[] args)
    {
        var (url, email, password) = Api(args);
        var o = new Options(
            Arg(args, "--seekers", 100000),
            Arg(args, "--connections", 32),
            Arg(args, "--seconds", 20),
            Arg(args, "--warmup", 5),
            Arg(args, "--top", 20),
            url, email, password,
            Arg(args, "--server-pid", 0));
        return RunAsync(o).GetAwaiter().GetResult();
    }

    private sealed record Options(int Seekers, int Connections, int Seconds, int Warmup, int Top, string Url, string Email, string Password, int ServerPid);

    private static async Task<int> RunAsync(Options o)
    {
        using var setup = await WebLoad.ClientAsync(o.Url, o.Email, o.Password);
        Console.WriteLine($"match-http at {o.Url}: {o.Connections} connections, top {o.Top}, {o.Seconds} s per direction; "
            + $"{Environment.ProcessorCount} cores shared by client and server, load {WebLoad.Load()}");
        var stored = await WebLoad.SeekerCountAsync(setup);
        if (stored < o.Seekers && !await ImportLoad.ImportAsync(setup, o.Seekers - stored, log: false))
        {
            return 1;
        }

        var employerId = await WebLoad.EmployerAsync(setup);
        await WebLoad.OpeningsAsync(setup, employerId);
        var openings = (await setup.GetFromJsonAsync<JsonElement>($"/api/employers/{employerId}/openings")).EnumerateArray()
            .Select(e => e.GetProperty("id").GetGuid()).ToArray();
        var seekers = await SeekerSampleAsync(setup, 1000);
        Console.WriteLine($"  {await WebLoad.SeekerCountAsync(setup):N0} seekers stored; subjects: {openings.Length} openings, {seekers.Length} seekers");

        // One pooled connection per concurrent request, as a load tool would open; the token is the setup client's.
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = o.Connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(o.Url), Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = setup.DefaultRequestHeaders.Authorization;

        await DirectionAsync(http, "top seekers for an opening", openings.Select(id => $"/api/openings/{id}/matches?top={o.Top}").ToArray(), o);
        await DirectionAsync(http, "top openings for a seeker", seekers.Select(id => $"/api/seekers/{id}/matches?top={o.Top}").ToArray(), o);
        return 0;
    }

    private static async Task DirectionAsync(HttpClient http, string name, string[] paths, Options o)
    {
        await LoopAsync(http, paths, o.Connections, TimeSpan.FromSeconds(o.Warmup));
        var load = WebLoad.Load();
        var cpu = ServerCpu(o.ServerPid);
        var (times, failures, elapsed) = await LoopAsync(http, paths, o.Connections, TimeSpan.FromSeconds(o.Seconds));
        cpu = ServerCpu(o.ServerPid) - cpu;
        if (times.Count == 0)
        {
            Console.WriteLine($"  {name}: all {failures} requests failed");
            return;
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name}: {times.Count / elapsed.TotalSeconds:N0} requests/s ({times.Count:N0} in {elapsed.TotalSeconds:F1} s, {failures} failed); "
            + $"p50 {WebLoad.P(times, 0.5):F1} ms, p90 {WebLoad.P(times, 0.9):F1} ms, p99 {WebLoad.P(times, 0.99):F1} ms, max {times[^1]:F1} ms; "
            + $"load {load} → {WebLoad.Load()}{(o.ServerPid > 0 ? $"; server CPU {cpu.TotalMilliseconds / times.Count:F2} ms/request" : "")}"));
    }

    /// <summary>User and system time of a process on this machine, from /proc (clock ticks of 10 ms).</summary>
    private static TimeSpan ServerCpu(int pid)
    {
        if (pid <= 0)
        {
            return TimeSpan.Zero;
        }

        // Fields after the command name, which sits in parentheses and may hold spaces: utime and stime are the 12th and 13th.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    /// <summary>Each of <paramref name="connections"/> loops sends its next request as soon as it has read the last answer.</summary>
    private static async Task<(List<double> Times, int Failures, TimeSpan Elapsed)> LoopAsync(HttpClient http, string[] paths, int connections, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        var loops = Enumerable.Range(0, connections).Select(c => Task.Run(async () =>
        {
            var times = new List<double>();
            var failures = 0;
            for (var i = c; clock.Elapsed < duration; i += connections)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(paths[i % paths.Length], HttpCompletionOption.ResponseContentRead);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
                else
                {
                    failures++;
                }
            }

            return (times, failures);
        })).ToArray();
        var results = await Task.WhenAll(loops);
        var elapsed = clock.Elapsed;
        return (results.SelectMany(r => r.times).ToList(), results.Sum(r => r.failures), elapsed);
    }

    /// <summary>Seekers spread over the whole store, in pages of 100 from random offsets.</summary>
    private static async Task<Guid[]> SeekerSampleAsync(HttpClient http, int count)
    {
        var total = await WebLoad.SeekerCountAsync(http);
        var random = new Random(11);
        var ids = new HashSet<Guid>();
        while (ids.Count < Math.Min(count, total))
        {
            var page = await http.GetFromJsonAsync<JsonElement>($"/api/seekers?skip={random.Next(Math.Max(1, total - 100))}&take=100");
            foreach (var s in page.EnumerateArray())
            {
                ids.Add(s.GetProperty("id").GetGuid());
            }
        }

        return ids.Take(count).ToArray();
    }
}
