using MassTransit;
using Matching.Application.Privacy;
using Matching.Contracts;
using Microsoft.AspNetCore.SignalR;

namespace Matching.Api.Live;

/// <summary>Runs on every API node: staff get every booth (names in full or masked, by role), each employer its own booth anonymised.</summary>
public sealed class EventUpdatedConsumer(IHubContext<MatchingHub, IMatchingClient> hub, LiveNotifier pages) : IConsumer<EventUpdated>
{
    public async Task Consume(ConsumeContext<EventUpdated> context)
    {
        var m = context.Message;
        await hub.Clients.Group(HubGroups.Event(m.EventId, SeekerView.Full)).EventUpdated(new EventPush(m.EventId, m.Kind, m.Booths, m.At));
        await hub.Clients.Group(HubGroups.Event(m.EventId, SeekerView.Masked))
            .EventUpdated(new EventPush(m.EventId, m.Kind, m.Booths.Select(b => SeekerView.Masked.Shown(b)).ToList(), m.At));
        foreach (var booth in m.Booths)
        {
            await hub.Clients.Group(HubGroups.EventBooth(m.EventId, booth.EmployerId))
                .EventUpdated(new EventPush(m.EventId, m.Kind, [SeekerView.Anonymous.Shown(booth)], m.At));
        }

        await pages.NotifyAsync(m);
    }
}
