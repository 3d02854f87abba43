using MassTransit;
using Matching.Application.Matches;
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
            var named = m.Matches.Select(s => (object)MatchItems.ForOpening(s, s.SeekerName)).ToList();
            var anonymised = m.Matches.Select(s => (object)MatchItems.ForOpening(s, AnonymousName.For(s.SeekerId))).ToList();
            await hub.Clients.Group(HubGroups.Opening(m.Id)).SuggestionsUpdated(new SuggestionsPush(m.Subject, m.Id, m.Version, named));
            await hub.Clients.Group(HubGroups.OpeningAnonymised(m.Id)).SuggestionsUpdated(new SuggestionsPush(m.Subject, m.Id, m.Version, anonymised));
        }
        else
        {
            var items = m.Matches.Select(s => (object)MatchItems.ForSeeker(s)).ToList();
            await hub.Clients.Group(HubGroups.Seeker(m.Id)).SuggestionsUpdated(new SuggestionsPush(m.Subject, m.Id, m.Version, items));
        }

        await pages.NotifyAsync(m);
    }
}
