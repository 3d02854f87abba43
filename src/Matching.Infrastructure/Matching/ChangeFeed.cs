using System.Text.Json;
using Matching.Contracts;
using Matching.Infrastructure.Outbox;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Infrastructure.Matching;

/// <summary>The outbox read as the change feed: one row per changed profile, an import chunk's event spread over every profile it added.</summary>
public static class ChangeFeed
{
    /// <summary>
    /// The feed rows of <paramref name="messages"/> (already ordered and limited), and the ids of the outbox rows read:
    /// a row may yield no feed row (an import naming no profile), yet it was read.
    /// </summary>
    public static async Task<(List<FeedRow> Rows, List<long> MessageIds)> ReadAsync(IQueryable<OutboxMessage> messages, CancellationToken ct)
    {
        var read = await messages
            .Select(m => new { m.Id, m.Type, m.SubjectId, Body = m.Type == ChangeEvents.OpeningChangedType ? null : m.Body })
            .ToListAsync(ct);
        var rows = new List<FeedRow>(read.Count);
        foreach (var m in read)
        {
            if (m.Body is null)
            {
                rows.Add(new FeedRow(m.Id, m.Type, m.SubjectId));
                continue;
            }

            if (m.Type == ChangeEvents.SeekerChangedType)
            {
                rows.Add(new FeedRow(m.Id, m.Type, m.SubjectId, JsonSerializer.Deserialize<SeekerChanged>(m.Body)!.Version));
                continue;
            }

            var imported = JsonSerializer.Deserialize<ProfilesImported>(m.Body)!;
            rows.AddRange(imported.SeekerIds.Select(id => new FeedRow(m.Id, ChangeEvents.SeekerChangedType, id)));
            rows.AddRange(imported.OpeningIds.Select(id => new FeedRow(m.Id, ChangeEvents.OpeningChangedType, id)));
        }

        return (rows, read.ConvertAll(m => m.Id));
    }
}
