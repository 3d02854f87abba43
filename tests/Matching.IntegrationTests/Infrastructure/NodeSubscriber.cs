using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace Matching.IntegrationTests.Infrastructure;

/// <summary>tests/live/subscribe.mjs under Node: the official @microsoft/signalr client, one subscription.</summary>
public sealed class NodeSubscriber : IAsyncDisposable
{
    private readonly Process process;
    private readonly BlockingCollection<JsonElement> events = new();
    private readonly ConcurrentQueue<string> errors = new();

    private NodeSubscriber(Process process) => this.process = process;

    public static async Task<NodeSubscriber> StartAsync(string baseUrl, string token, string method, Guid id)
    {
        var info = new ProcessStartInfo("node", $"subscribe.mjs {baseUrl} {token} {method} {id} 120")
        {
            WorkingDirectory = RepositoryPaths.LiveClients,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var subscriber = new NodeSubscriber(Process.Start(info)!);
        subscriber.process.OutputDataReceived += (_, e) =>
        {
            if (!string.IsNullOrWhiteSpace(e.Data))
            {
                subscriber.events.Add(JsonDocument.Parse(e.Data).RootElement.Clone());
            }
        };
        subscriber.process.ErrorDataReceived += (_, e) => { if (e.Data is not null) subscriber.errors.Enqueue(e.Data); };
        subscriber.process.BeginOutputReadLine();
        subscriber.process.BeginErrorReadLine();

        var first = await subscriber.NextAsync(TimeSpan.FromSeconds(30), _ => true);
        if (first.GetProperty("type").GetString() != "subscribed")
        {
            throw new InvalidOperationException("subscription failed: " + first.GetRawText() + string.Join('\n', subscriber.errors));
        }

        return subscriber;
    }

    /// <summary>The next push for which <paramref name="match"/> holds, skipping others.</summary>
    public Task<JsonElement> NextPushAsync(TimeSpan timeout, Func<JsonElement, bool> match) =>
        NextAsync(timeout, e => e.GetProperty("type").GetString() == "push" && match(e));

    /// <summary>The next eventUpdated push for which <paramref name="match"/> holds, skipping others.</summary>
    public Task<JsonElement> NextEventAsync(TimeSpan timeout, Func<JsonElement, bool> match) =>
        NextAsync(timeout, e => e.GetProperty("type").GetString() == "event" && match(e));

    private Task<JsonElement> NextAsync(TimeSpan timeout, Func<JsonElement, bool> match) => Task.Run(() =>
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (events.TryTake(out var e, deadline - DateTime.UtcNow) && match(e))
            {
                return e;
            }
        }

        throw new TimeoutException($"no matching event within {timeout.TotalSeconds} s; node stderr: {string.Join('\n', errors)}");
    });

    public ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
        return ValueTask.CompletedTask;
    }
}
