using MassTransit;
using Matching.Contracts;

namespace Matching.Infrastructure.Suggestions;

/// <summary>Publishes each change on the bus: every API node consumes it on a queue of its own.</summary>
public sealed class BusSuggestionAnnouncer(IPublishEndpoint publisher) : ISuggestionAnnouncer
{
    public Task AnnounceAsync(IReadOnlyList<SuggestionsUpdated> updates, CancellationToken ct) => publisher.PublishBatch(updates, ct);
}
