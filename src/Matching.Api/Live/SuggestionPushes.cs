using Matching.Application.Matches;
using Matching.Application.Privacy;
using Matching.Contracts;
using Matching.Infrastructure.Suggestions;
using Microsoft.AspNetCore.SignalR;

namespace Matching.Api.Live;

/// <summary>Pushes a changed list to this node's SignalR clients (each in the view its group may see) and open pages.</summary>
public sealed class SuggestionPushes(IHubContext<MatchingHub, IMatchingClient> hub, LiveNotifier pages, ILogger<SuggestionPushes> logger)
{
    /// <summary>
    /// Pushes each list of a stored batch. A push that fails is logged and does not stop the others: the lists are stored,
    /// and redelivering the batch would push every other list twice.
    /// </summary>
    public async Task PushAllAsync(IReadOnlyList<SuggestionsUpdated> updates)
    {
        foreach (var update in updates)
        {
            try
            {
                await PushAsync(update);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "The {Subject} list {Id} v{Version} could not be pushed", update.Subject, update.Id, update.Version);
            }
        }
    }

    public async Task PushAsync(SuggestionsUpdated m)
    {
        if (m.Subject == SuggestionSubjects.Opening)
        {
            foreach (var view in Enum.GetValues<SeekerView>())
            {
                var items = m.Matches.Select(s => (object)MatchItems.ForOpening(s, view)).ToList();
                await hub.Clients.Group(HubGroups.Opening(m.Id, view)).SuggestionsUpdated(new SuggestionsPush(m.Subject, m.Id, m.Version, items));
            }
        }
        else
        {
            var items = m.Matches.Select(s => (object)MatchItems.ForSeeker(s)).ToList();
            await hub.Clients.Group(HubGroups.Seeker(m.Id)).SuggestionsUpdated(new SuggestionsPush(m.Subject, m.Id, m.Version, items));
        }

        await pages.NotifyAsync(m);
    }
}
