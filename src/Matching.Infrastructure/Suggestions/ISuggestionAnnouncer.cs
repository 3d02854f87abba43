using Matching.Contracts;

namespace Matching.Infrastructure.Suggestions;

/// <summary>Tells the API nodes which stored lists changed, once they are committed.</summary>
public interface ISuggestionAnnouncer
{
    Task AnnounceAsync(IReadOnlyList<SuggestionsUpdated> updates, CancellationToken ct);
}
