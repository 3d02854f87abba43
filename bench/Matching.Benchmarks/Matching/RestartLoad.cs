using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Matching.Benchmarks.Events;
using Matching.Benchmarks.Web;
using Matching.Infrastructure.Store;
using Npgsql;
using static Matching.Benchmarks.BenchArgs;

namespace Matching.Benchmarks.Matching;

/// <summary>
/// Restart to ready with a large store: <c>dotnet run -c Release --project bench/Matching.Benchmarks -- restart
/// [--seekers 1000000] [--openings 100000] [--runs 3 (0: fill only)] [--stores sqlite,postgres] [--data data/restart-bench]
/// [--postgres "Host=127.0.0.1;Username=postgres;Password=postgres"] [--database matching_restart] [--port 5400]
/// [--api src/Matching.Api/bin/Release/net10.0/Matching.Api.dll] [--seed 1]</c>.
/// Fills each store once (<see cref="RestartStore"/>; reused while it holds the asked counts), then per store starts the
/// Release API as its own process <c>--runs</c> times and times process start → the first 200 from <c>/health/ready</c>,
/// with the moments the API's own log lines name on the way (store migrated, index loaded, schedule reconciled,
/// listening) and the process's peak resident memory. Each run ends with SIGTERM, as a deployment stops a node.
/// </summary>
public static partial class RestartLoad
{
    private const string DefaultApi = "src/Matching.Api/bin/Release/net10.0/Matching.Api.dll";

    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        int seekers = Arg(args, "--seekers", 1_000_000), openings = Arg(args, "--openings", 100_000);
        int runs = Arg(args, "--runs", 3), port = Arg(args, "--port", 5400), seed = Arg(args, "--seed", 1);
        var data = Path.GetFullPath(Arg(args, "--data", "data/restart-bench"));
        var api = Path.GetFullPath(Arg(args, "--api", DefaultApi));
        var postgres = new NpgsqlConnectionStringBuilder(Arg(args, "--postgres", "Host=127.0.0.1;Username=postgres;Password=postgres"))
        {
            Database = Arg(args, "--database", "matching_restart"),
        };
        if (!File.Exists(api) && !Build(api))
        {
            return 1;
        }

        Directory.CreateDirectory(data);
        Console.WriteLine($"restart: {seekers:N0} seekers, {openings:N0} openings stored; {runs} runs per store of {api}");
        Console.WriteLine($"  {Environment.ProcessorCount} cores, load {WebLoad.Load()}");
        foreach (var name in Arg(args, "--stores", "sqlite,postgres").Split(','))
        {
            var store = name.Trim().ToLowerInvariant() switch
            {
                "sqlite" => new RestartStore(StoreProvider.Sqlite, $"Data Source={Path.Combine(data, "matching.db")}"),
                "postgres" or "postgresql" => new RestartStore(StoreProvider.PostgreSql, postgres.ConnectionString),
                _ => throw new ArgumentException($"Unknown store '{name}': sqlite or postgres."),
            };
            await store.EnsureFilledAsync(seekers, openings, seed);
            if (runs == 0)
            {
                continue;
            }

            var times = new List<double>();
            for (var run = 0; run <= runs; run++)
            {
                // The first start after a fill also warms the OS page cache and applies nothing new; it is shown, not counted.
                var result = await StartOnceAsync(api, store, port);
                Console.WriteLine($"  {store.Provider} {(run == 0 ? "warm-up" : $"run {run}")}: {result}; load {WebLoad.Load()}");
                if (run > 0)
                {
                    times.Add(result.Ready.TotalSeconds);
                }
            }

            times.Sort();
            Console.WriteLine($"  {store.Provider}: start → ready min {times[0]:F1} s, median {times[times.Count / 2]:F1} s, max {times[^1]:F1} s");
        }

        return 0;
    }

    private sealed record StartResult(TimeSpan Ready, Dictionary<string, double> Marks, long PeakMb)
    {
        public override string ToString() =>
            $"ready in {Ready.TotalSeconds:F1} s (" + string.Join(", ", Marks.Select(m => $"{m.Key} {m.Value:F1} s")) + $"), peak RSS {PeakMb:N0} MB";
    }

    private static async Task<StartResult> StartOnceAsync(string api, RestartStore store, int port)
    {
        var url = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet", [api])
        {
            WorkingDirectory = Path.GetDirectoryName(api)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Urls"] = url,
                ["Matching__Store__Provider"] = store.Provider.ToString(),
                ["Matching__Store__ConnectionString"] = store.ConnectionString,
                ["Matching__Bootstrap__AdminPassword"] = "Restart-bench-1",
            },
        };
        var marks = new Dictionary<string, double>();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => Mark(e.Data, clock, marks);
        process.ErrorDataReceived += (_, e) => Mark(e.Data, clock, marks);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            while (true)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"The API exited with {process.ExitCode} before it was ready.");
                }

                try
                {
                    if ((await http.GetAsync($"{url}/health/ready")).IsSuccessStatusCode)
                    {
                        break;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                await Task.Delay(50);
            }

            var ready = clock.Elapsed;
            lock (marks)
            {
                return new StartResult(ready, new Dictionary<string, double>(marks), PeakMb(process.Id));
            }
        }
        finally
        {
            Stop(process);
        }
    }

    // The API's own log lines on the way to ready; the index line also says how long its load took.
    private static readonly (string Mark, string Text)[] Marks =
    [
        ("store migrated", "Store ready"), ("index loaded", "Candidate index loaded"), ("schedule reconciled", "Schedule reconciled"),
        ("listening", "Now listening on"),
    ];

    private static void Mark(string? line, Stopwatch clock, Dictionary<string, double> marks)
    {
        if (line is null)
        {
            return;
        }

        lock (marks)
        {
            foreach (var (mark, text) in Marks.Where(m => line.Contains(m.Text, StringComparison.Ordinal)))
            {
                marks.TryAdd(mark, clock.Elapsed.TotalSeconds);
            }

            if (IndexLoad().Match(line) is { Success: true } load)
            {
                marks.TryAdd("of which the load", double.Parse(load.Groups[1].Value, CultureInfo.InvariantCulture) / 1000);
            }
        }
    }

    [GeneratedRegex(@"Candidate index loaded \d+ seekers and \d+ openings in (\d+) ms")]
    private static partial Regex IndexLoad();

    private static long PeakMb(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    private static void Stop(Process process)
    {
        if (process.HasExited)
        {
            return;
        }

        using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            term.WaitForExit();
        }

        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    private static bool Build(string api)
    {
        Console.WriteLine($"  {api} not found: building the API in Release");
        using var build = Process.Start("dotnet", ["build", "-c", "Release", "src/Matching.Api/Matching.Api.csproj", "-v", "q"]);
        build.WaitForExit();
        return build.ExitCode == 0 && File.Exists(api);
    }
}
