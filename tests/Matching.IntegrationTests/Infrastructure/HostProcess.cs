using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Matching.IntegrationTests.Infrastructure;

/// <summary>
/// A real Matching.Api or Matching.Worker process on a loopback port, for tests that cross process
/// boundaries (the Node client, RabbitMQ, crashes). Killed on dispose.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private HostProcess(Process process, string? baseUrl)
    {
        this.process = process;
        BaseUrl = baseUrl;
    }

    public string? BaseUrl { get; }

    public string Output => string.Join('\n', output);

    /// <param name="port">A fixed port, to start a node again where its clients knew it; a free one otherwise.</param>
    public static async Task<HostProcess> StartApiAsync(IReadOnlyDictionary<string, string> settings, int? port = null)
    {
        port ??= FreePort();
        var url = $"http://127.0.0.1:{port}";
        var host = Start("Matching.Api", settings, $"--urls {url}", url);
        await host.StopOnFailureAsync(host.WaitReadyAsync);
        return host;
    }

    /// <summary>Returns once the worker's bus is connected and its queues are bound.</summary>
    public static async Task<HostProcess> StartWorkerAsync(IReadOnlyDictionary<string, string> settings)
    {
        var worker = Start("Matching.Worker", settings, "", null);
        await worker.StopOnFailureAsync(() => WaitForOutputAsync("Application started", TimeSpan.FromSeconds(60), worker));
        return worker;
    }

    /// <summary>
    /// A host that never became ready is stopped before the test fails: the test holds no reference to dispose it,
    /// and a leftover process lives on with the test run's share of the machine lock (it held every later
    /// benchmark and suite on this machine back for over an hour).
    /// </summary>
    private async Task StopOnFailureAsync(Func<Task> start)
    {
        try
        {
            await start();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    private static HostProcess Start(string project, IReadOnlyDictionary<string, string> settings, string arguments, string? url)
    {
        var dll = RepositoryPaths.HostDll(project);
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is not built; build Matching.sln first.");
        }

        var info = new ProcessStartInfo("dotnet", $"\"{dll}\" {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // The content root (appsettings.json) is the working directory.
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        info.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        foreach (var (key, value) in TestSettings.LoginLimits.Concat(settings))
        {
            info.Environment[key.Replace(":", "__")] = value;
        }

        var host = new HostProcess(Process.Start(info)!, url);
        host.process.OutputDataReceived += (_, e) => { if (e.Data is not null) host.output.Enqueue(e.Data); };
        host.process.ErrorDataReceived += (_, e) => { if (e.Data is not null) host.output.Enqueue(e.Data); };
        host.process.BeginOutputReadLine();
        host.process.BeginErrorReadLine();
        return host;
    }

    private async Task WaitReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = new Uri(BaseUrl!) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"host exited with {process.ExitCode}:\n{Output}");
            }

            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"host at {BaseUrl} not ready within 60 s:\n{Output}");
    }

    /// <summary>
    /// Returns once one of <paramref name="hosts"/> has written <paramref name="text"/>; fails when they have all exited
    /// without it, or after <paramref name="within"/>. A host's console logger writes behind its work, so a line logged
    /// before a change the store already shows can still be on its way.
    /// </summary>
    public static async Task WaitForOutputAsync(string text, TimeSpan within, params HostProcess[] hosts)
    {
        var deadline = DateTime.UtcNow + within;
        while (!Written())
        {
            if (hosts.All(h => h.process.HasExited))
            {
                // All a host wrote is in once its output is read to the end.
                foreach (var host in hosts)
                {
                    host.process.WaitForExit();
                }

                if (Written())
                {
                    return;
                }

                throw new InvalidOperationException($"\"{text}\" not written before the host exited:\n" + Outputs());
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"\"{text}\" not written within {within.TotalSeconds:0} s:\n" + Outputs());
            }

            // Short: a crash test kills a host as soon as a job says it started.
            await Task.Delay(20);
        }

        bool Written() => hosts.Any(h => h.Output.Contains(text, StringComparison.Ordinal));
        string Outputs() => string.Join("\n----\n", hosts.Select(h => h.Output));
    }

    /// <summary>Ends the process at once, as a crash would: no graceful shutdown.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            // With a timeout WaitForExit does not wait for the output still in the pipe to be read; without one it does.
            if (process.WaitForExit(10_000))
            {
                process.WaitForExit();
            }
        }
    }

    /// <summary>
    /// Stops the process as an operator would (SIGTERM): it finishes the work in hand and writes out its log, which a
    /// kill would cut off. Killed if it has not stopped within 30 s.
    /// </summary>
    public async Task StopAsync()
    {
        if (process.HasExited)
        {
            return;
        }

        using (var signal = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            // Returns once the output is read to its end, too.
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public static class HostProcessExtensions
{
    /// <summary>On failure, the hosts' logs go into the test's message: they say why a push never came.</summary>
    public static async Task<T> WithHostOutput<T>(this Task<T> task, params HostProcess[] hosts)
    {
        try
        {
            return await task;
        }
        catch (Exception e)
        {
            throw new InvalidOperationException(
                e.Message + "\n" + string.Join("\n----\n", hosts.Select(h => (h.BaseUrl ?? "worker") + ":\n" + h.Output)), e);
        }
    }
}
