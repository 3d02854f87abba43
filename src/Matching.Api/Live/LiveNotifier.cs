using System.Collections.Concurrent;
using System.Collections.Immutable;
using Matching.Contracts;

namespace Matching.Api.Live;

/// <summary>
/// The web app's live feed on this node: the consumers that push to the hub hand the same
/// <see cref="SuggestionsUpdated"/> and <see cref="EventUpdated"/> messages here, and open pages subscribe by
/// subject. Pages never connect to the node's own hub.
/// </summary>
public sealed class LiveNotifier(ILogger<LiveNotifier> logger)
{
    private const string Imports = "imports";

    private readonly ConcurrentDictionary<string, ImmutableList<Func<object, Task>>> subscribers = new(StringComparer.Ordinal);

    /// <summary><paramref name="subject"/> is "seeker" or "opening"; dispose the result to stop.</summary>
    public IDisposable OnSuggestions(string subject, Guid id, Func<SuggestionsUpdated, Task> handler) =>
        Subscribe($"{subject}:{id}", m => handler((SuggestionsUpdated)m));

    public IDisposable OnEvent(Guid eventId, Func<EventUpdated, Task> handler) =>
        Subscribe($"event:{eventId}", m => handler((EventUpdated)m));

    /// <summary>Every bulk import's progress, whichever node runs it.</summary>
    public IDisposable OnImports(Func<ImportProgressed, Task> handler) => Subscribe(Imports, m => handler((ImportProgressed)m));

    public Task NotifyAsync(SuggestionsUpdated message) => NotifyAsync($"{message.Subject}:{message.Id}", message);

    public Task NotifyAsync(EventUpdated message) => NotifyAsync($"event:{message.EventId}", message);

    public Task NotifyAsync(ImportProgressed message) => NotifyAsync(Imports, message);

    public int SubscriberCount => subscribers.Values.Sum(list => list.Count);

    private Subscription Subscribe(string key, Func<object, Task> handler)
    {
        subscribers.AddOrUpdate(key, _ => [handler], (_, list) => list.Add(handler));
        return new Subscription(() =>
        {
            var left = subscribers.AddOrUpdate(key, _ => [], (_, list) => list.Remove(handler));
            if (left.IsEmpty)
            {
                // Only if nobody subscribed meanwhile: the pair must still hold this very (empty) list.
                subscribers.TryRemove(new KeyValuePair<string, ImmutableList<Func<object, Task>>>(key, left));
            }
        });
    }

    private async Task NotifyAsync(string key, object message)
    {
        if (!subscribers.TryGetValue(key, out var handlers) || handlers.IsEmpty)
        {
            return;
        }

        // One page's failure must not fail the consumer: the bus would redeliver and the hub push twice.
        await Task.WhenAll(handlers.Select(async handler =>
        {
            try
            {
                await handler(message);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "A live page could not take the update for {Key}", key);
            }
        }));
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                dispose();
            }
        }
    }
}
