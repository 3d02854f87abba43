using System.Text.Json;
using Matching.Contracts;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Matching.Infrastructure.Outbox;

/// <summary>Turns saved seekers and openings into outbox rows of the same transaction.</summary>
public static class ChangeEvents
{
    public const string SeekerChangedType = nameof(SeekerChanged);
    public const string OpeningChangedType = nameof(OpeningChanged);
    public const string ProfilesImportedType = nameof(ProfilesImported);

    public static List<OutboxMessage> Collect(DbContext db, long nowMs) => Collect(db.ChangeTracker.Entries(), nowMs);

    /// <summary>The change events of <paramref name="entries"/>, for a caller that has already listed the tracked entries (which detects changes).</summary>
    public static List<OutboxMessage> Collect(IEnumerable<EntityEntry> entries, long nowMs)
    {
        var messages = new List<OutboxMessage>();
        foreach (var entry in entries)
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Seeker s:
                    messages.Add(Message(SeekerChangedType, s.Id, new SeekerChanged(s.Id, s.Version), nowMs));
                    break;
                case Opening o:
                    messages.Add(Message(OpeningChangedType, o.Id, new OpeningChanged(o.Id, o.Version), nowMs));
                    break;
            }
        }

        return messages;
    }

    /// <summary>
    /// The change event of one import chunk (rows inserted in bulk, which change tracking never sees), written in the
    /// same transaction: one row naming every profile, so a large import is a few events, not one per line.
    /// </summary>
    public static List<OutboxMessage> Imported(Guid jobId, IReadOnlyList<Seeker> seekers, IReadOnlyList<Opening> openings) =>
        seekers.Count + openings.Count == 0
            ? []
            : [Message(ProfilesImportedType, jobId, new ProfilesImported(jobId, [.. seekers.Select(s => s.Id)], [.. openings.Select(o => o.Id)]),
                DateTimeOffset.UtcNow.ToUnixTimeMilliseconds())];

    public static OutboxMessage Message<T>(string type, Guid subjectId, T body, long nowMs) => new()
    {
        Type = type,
        SubjectId = subjectId,
        Body = JsonSerializer.Serialize(body),
        CreatedAtMs = nowMs,
    };

    public static object Deserialize(OutboxMessage message) => message.Type switch
    {
        SeekerChangedType => JsonSerializer.Deserialize<SeekerChanged>(message.Body)!,
        OpeningChangedType => JsonSerializer.Deserialize<OpeningChanged>(message.Body)!,
        ProfilesImportedType => JsonSerializer.Deserialize<ProfilesImported>(message.Body)!,
        _ => throw new InvalidOperationException($"Unknown outbox message type {message.Type}"),
    };
}
