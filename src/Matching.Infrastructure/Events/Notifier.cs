using Matching.Domain.Events;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Infrastructure.Events;

/// <summary>
/// Stores each notification before handing it to the sender, so none is lost; one per event, seeker and kind,
/// so a job that runs twice sends nothing twice. A job that died between storing and sending sends the stored
/// ones on its next attempt; each is marked sent as soon as it went, so a crash repeats at most the one in flight.
/// </summary>
public sealed class Notifier(MatchingDbContext db, INotificationSender sender, TimeProvider clock)
{
    /// <summary>Stores the notifications not yet stored and sends those not yet sent; returns how many were new.</summary>
    public async Task<int> NotifyAsync(Guid eventId, NotificationKind kind, IReadOnlyDictionary<Guid, (string Text, string? Phone)> bySeeker, CancellationToken ct)
    {
        var seekerIds = bySeeker.Keys.ToList();
        var stored = await db.Notifications.Where(n => n.EventId == eventId && n.Kind == kind && seekerIds.Contains(n.SeekerId)).ToListAsync(ct);
        var already = stored.Select(n => n.SeekerId).ToHashSet();
        var now = clock.Now();
        var fresh = bySeeker.Where(p => !already.Contains(p.Key)).Select(p => new Notification
        {
            Id = Guid.NewGuid(), SeekerId = p.Key, EventId = eventId, Kind = kind, Text = p.Value.Text,
            Recipient = p.Value.Phone, CreatedAt = now,
        }).ToList();
        if (fresh.Count > 0)
        {
            db.Notifications.AddRange(fresh);
            await db.SaveChangesAsync(ct);
        }

        var channel = sender.Channel;
        foreach (var notification in stored.Where(n => n.SentAt is null).Concat(fresh))
        {
            await sender.SendAsync(notification, ct);
            var sentAt = clock.Now();
            // One statement each, past the change tracker (a pre-match tracks thousands of rows).
            await db.Notifications.Where(n => n.Id == notification.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(n => n.SentAt, sentAt).SetProperty(n => n.Channel, channel), ct);
        }

        return fresh.Count;
    }
}
