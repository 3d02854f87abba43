using MassTransit.Testing;
using Matching.Contracts;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Live;

/// <summary>Changes arriving together are recomputed in shared batches, and each message is acknowledged with its lists stored.</summary>
public sealed class ChangeBatchesTests : IAsyncLifetime
{
    private WorkerStore store = null!;

    public async Task InitializeAsync() => store = await WorkerStore.StartAsync();

    public async Task DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task A_burst_of_registrations_leaves_every_list_stored_and_no_fault()
    {
        var opening = await store.OpeningAsync();
        var seekers = new List<Guid>();
        for (var i = 0; i < 30; i++)
        {
            seekers.Add((await store.SeekerAsync($"구직자{i}")).Id);
        }

        await store.Host.Services.GetRequiredService<IndexFollower>().CatchUpAsync();
        var harness = store.Host.Services.GetTestHarness();
        harness.TestInactivityTimeout = TimeSpan.FromSeconds(5);

        await Task.WhenAll(seekers.Select(id => harness.Bus.Publish(new SeekerChanged(id, 1))));
        await harness.InactivityTask;

        Assert.Equal(seekers.Count, harness.Consumed.Select<SeekerChanged>().Count());
        Assert.False(await harness.Published.Any<MassTransit.Fault>());
        await using var scope = store.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        Assert.Equal(seekers.Count, await db.SuggestionLists.CountAsync(l => l.Subject == "seeker" && seekers.Contains(l.SubjectId)));
        var openingList = await db.SuggestionLists.SingleAsync(l => l.Subject == "opening" && l.SubjectId == opening.Id);
        Assert.Equal(20, openingList.Count);
    }
}
