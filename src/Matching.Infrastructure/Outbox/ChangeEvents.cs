using System.Text.Json;
using Matching.Contracts;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Infrastructure.Outbox;

/// <summary>Turns saved seekers and openings into outbox rows of the same transaction.</summary>
public static class ChangeEvents
{
    public const string SeekerChangedType = nameof(SeekerChanged);
    public const string OpeningChangedType = nameof(OpeningChanged);

    public static List<OutboxMessage> Collect(DbContext db, long nowMs)
    {
        var messages = new List<OutboxMessage>();
        foreach (var entry in db.ChangeTracker.Entries())
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

    /// <summary>Change events for rows inserted in bulk (an import chunk), which change tracking never sees; one row each, in the same transaction.</summary>
    public static List<OutboxMessage> For(IReadOnlyList<Seeker> seekers)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        return [.. seekers.Select(s => Message(SeekerChangedType, s.Id, new SeekerChanged(s.Id, s.Version), now))];
    }

    /// <inheritdoc cref="For(IReadOnlyList{Seeker})"/>
    public static List<OutboxMessage> For(IReadOnlyList<Opening> openings)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        return [.. openings.Select(o => Message(OpeningChangedType, o.Id, new OpeningChanged(o.Id, o.Version), now))];
    }

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
        _ => throw new InvalidOperationException($"Unknown outbox message type {message.Type}"),
    };
}
