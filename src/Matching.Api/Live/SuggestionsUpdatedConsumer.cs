using MassTransit;
using Matching.Application.Matches;
using Matching.Application.Privacy;
using Matching.Contracts;
using Matching.Infrastructure.Suggestions;
using Microsoft.AspNetCore.SignalR;

namespace Matching.Api.Live;

/// <summary>Runs on every API node (its own queue) and pushes to that node's SignalR clients and open pages.</summary>
public sealed class SuggestionsUpdatedConsumer(IHubContext<MatchingHub, IMatchingClient> hub, LiveNotifier pages) : IConsumer<SuggestionsUpdated>
{
    public async Task Consume(ConsumeContext<SuggestionsUpdated> context)
    {
        var m = context.Message;
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
