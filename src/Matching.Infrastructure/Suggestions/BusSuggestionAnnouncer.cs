using MassTransit;
using Matching.Contracts;

namespace Matching.Infrastructure.Suggestions;

/// <summary>Publishes a batch's changes on the bus, several lists a message: every API node consumes them on a queue of its own.</summary>
public sealed class BusSuggestionAnnouncer(IPublishEndpoint publisher) : ISuggestionAnnouncer
{
    // Bounds a message (a full list is some ten kilobytes) while keeping a batch to a few messages, which the nodes
    // then push from concurrently.
    internal const int ListsPerMessage = 64;

    public Task AnnounceAsync(IReadOnlyList<SuggestionsUpdated> updates, CancellationToken ct) =>
        updates.Count == 0 ? Task.CompletedTask
            : publisher.PublishBatch(updates.Chunk(ListsPerMessage).Select(lists => new SuggestionListsUpdated(lists)), ct);
}
