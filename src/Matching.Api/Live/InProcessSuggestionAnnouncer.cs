using Matching.Contracts;
using Matching.Infrastructure.Suggestions;

namespace Matching.Api.Live;

/// <summary>
/// With the in-memory bus the worker and the only API node are this process: the worker's changed lists go
/// straight to the pushes, without the bus serialising and parsing every list (about a tenth of the process's
/// CPU at four times the bench load). As on the bus, a push that fails is logged and does not fail the stored batch.
/// </summary>
public sealed class InProcessSuggestionAnnouncer(SuggestionPushes pushes, ILogger<InProcessSuggestionAnnouncer> logger) : ISuggestionAnnouncer
{
    public async Task AnnounceAsync(IReadOnlyList<SuggestionsUpdated> updates, CancellationToken ct)
    {
        foreach (var update in updates)
        {
            try
            {
                await pushes.PushAsync(update);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "The {Subject} list {Id} v{Version} could not be pushed", update.Subject, update.Id, update.Version);
            }
        }
    }
}
