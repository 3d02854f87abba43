using MassTransit;
using Matching.Contracts;

namespace Matching.Infrastructure.Events;

/// <summary>
/// Announces a change at an event to every API node, which pushes it to its hub clients. The state itself is
/// already saved; a lost announcement costs a screen one refresh, which clients do by REST on reconnect.
/// </summary>
public sealed class EventUpdates(IPublishEndpoint publisher, BoothSnapshots snapshots, TimeProvider clock)
{
    public const string CheckIn = "checkIn";
    public const string Queue = "queue";
    public const string Prematched = "prematched";
    public const string Closed = "closed";

    public async Task PublishAsync(Guid eventId, string kind, IReadOnlyCollection<Guid>? employerIds, CancellationToken ct)
    {
        var booths = await snapshots.BuildAsync(eventId, employerIds, ct);
        await publisher.Publish(new EventUpdated(eventId, kind, booths, clock.Now()), ct);
    }
}
