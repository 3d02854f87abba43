using MassTransit;
using Matching.Contracts;
using Matching.Infrastructure.Store;

namespace Matching.Infrastructure.Events;

/// <summary>
/// Announces a change at an event to every API node, which pushes it to its hub clients. The state itself is
/// already saved; a lost announcement costs a screen one refresh, which clients do by REST on reconnect.
/// </summary>
public sealed class EventUpdates(IPublishEndpoint publisher, BoothSnapshots snapshots, MatchingDbContext db, TimeProvider clock)
{
    public const string CheckIn = "checkIn";
    public const string Queue = "queue";
    public const string PrematchStarted = "prematchStarted";
    public const string Prematched = "prematched";
    public const string PrematchFailed = "prematchFailed";
    public const string Closed = "closed";

    /// <summary><paramref name="employerIds"/>: the booths whose queue changed; null for all, empty for none.</summary>
    public async Task PublishAsync(Guid eventId, string kind, IReadOnlyCollection<Guid>? employerIds, CancellationToken ct)
    {
        var booths = employerIds is { Count: 0 } ? [] : await snapshots.BuildAsync(eventId, employerIds, InFullAsync, ct);
        await publisher.Publish(new EventUpdated(eventId, kind, booths, clock.Now()), ct);
    }

    private async Task<Dictionary<Guid, string>> InFullAsync(List<Guid> seekerIds, CancellationToken ct)
    {
        var stored = await SeekerNames.StoredAsync(db, seekerIds, ct);
        return seekerIds.ToDictionary(id => id, id => stored.GetValueOrDefault(id) ?? "");
    }
}
