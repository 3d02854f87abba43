using Matching.Api.Live;
using Matching.Contracts;
using Microsoft.Extensions.Logging.Abstractions;

namespace Matching.WebTests.Components;

public sealed class LiveNotifierTests
{
    private static SuggestionsUpdated Update(string subject, Guid id, long version) => new(subject, id, version, []);

    [Fact]
    public async Task A_page_hears_its_own_subject_only_and_stops_when_it_unsubscribes()
    {
        var notifier = new LiveNotifier(NullLogger<LiveNotifier>.Instance);
        var seeker = Guid.NewGuid();
        var heard = new List<long>();
        var subscription = notifier.OnSuggestions("seeker", seeker, m => { heard.Add(m.Version); return Task.CompletedTask; });

        await notifier.NotifyAsync(Update("seeker", seeker, 1));
        await notifier.NotifyAsync(Update("seeker", Guid.NewGuid(), 2));
        await notifier.NotifyAsync(Update("opening", seeker, 3));
        subscription.Dispose();
        await notifier.NotifyAsync(Update("seeker", seeker, 4));

        Assert.Equal([1L], heard);
        Assert.Equal(0, notifier.SubscriberCount);
    }

    [Fact]
    public async Task A_failing_page_does_not_keep_the_others_from_their_update()
    {
        var notifier = new LiveNotifier(NullLogger<LiveNotifier>.Instance);
        var eventId = Guid.NewGuid();
        var heard = 0;
        using var broken = notifier.OnEvent(eventId, _ => throw new InvalidOperationException("circuit gone"));
        using var working = notifier.OnEvent(eventId, _ => { heard++; return Task.CompletedTask; });

        await notifier.NotifyAsync(new EventUpdated(eventId, "checkIn", [], DateTimeOffset.UnixEpoch));

        Assert.Equal(1, heard);
        Assert.Equal(2, notifier.SubscriberCount);
    }
}
