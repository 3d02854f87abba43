using Matching.Application.Common;
using Microsoft.Extensions.Logging;

namespace Matching.Application.Stats;

/// <summary>
/// Export records as structured log entries, until the access-record trail of the privacy work (an append-only
/// table with an export method) is on this branch: then that trail takes this interface's place, and these
/// records move into it. A second table for the same records would only have to be merged back later.
/// </summary>
public sealed class LoggedStatsExports(ILogger<LoggedStatsExports> logger, TimeProvider clock) : IStatsExportRecords
{
    public Task RecordAsync(Actor actor, StatsExport export, CancellationToken ct)
    {
        logger.LogInformation(
            "Statistics exported: {FileName} for {From:yyyy-MM-dd}..{To:yyyy-MM-dd} by user {UserId} ({Role}) at {At:O}, purpose {Purpose}",
            export.FileName, export.Period.From, export.Period.To, actor.UserId, actor.Role, clock.GetUtcNow(), export.Purpose);
        return Task.CompletedTask;
    }
}
