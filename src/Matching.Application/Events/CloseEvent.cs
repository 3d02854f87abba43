using Matching.Application.Common;
using Matching.Infrastructure.Events;
using Matching.Infrastructure.Store;

namespace Matching.Application.Events;

/// <summary>The organiser closes an event before the close-out job would: no-shows, referrals and the counts are fixed now.</summary>
public sealed class CloseEvent(MatchingDbContext db, EventCloser closer, EventResultsQueries results)
{
    public async Task<Result<EventResultsResponse>> ExecuteAsync(Guid eventId, CancellationToken ct = default)
    {
        var found = await EventLookup.FindAsync(db, eventId, mustBeOpen: true, ct);
        if (!found.IsOk)
        {
            return found.Problem!;
        }

        // The event read here is the one closed and reported: one read of it per request.
        var ev = found.Value!;
        return await closer.CloseAsync(ev, ct) is null
            ? await results.ResultsAsync(eventId, ct) // another node closed it first: answer what it stored
            : await results.ResultsOfAsync(ev, ct);
    }
}
