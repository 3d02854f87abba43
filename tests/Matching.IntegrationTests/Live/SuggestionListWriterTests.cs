using MassTransit;
using Matching.Domain.Matching;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Suggestions;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Live;

/// <summary>How stored lists are compared and written when other writers and other workers' caches are in play.</summary>
public sealed class SuggestionListWriterTests : IAsyncLifetime
{
    private WorkerStore store = null!;

    public async Task InitializeAsync() => store = await WorkerStore.StartAsync();

    public async Task DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task A_list_another_writer_created_first_is_a_concurrency_conflict_and_stays_as_that_writer_left_it()
    {
        var (openingId, ranking) = await RankedOpeningAsync("가", "나");
        Assert.Equal(1, await StoreAsync(Recomputed(openingId, null, ranking)));

        await using var scope = store.Scope();
        var late = scope.ServiceProvider.GetRequiredService<SuggestionListWriter>();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => late.StoreAsync([Recomputed(openingId, null, ranking[..1])], default));

        var (version, members) = await StoredAsync(openingId);
        Assert.Equal(1, version);
        Assert.Equal(ranking.Select(m => m.SeekerId).Order(), members.Order());
    }

    [Fact]
    public async Task A_list_another_worker_rewrote_is_compared_with_what_it_holds_now()
    {
        var (openingId, ranking) = await RankedOpeningAsync("가");
        await StoreAsync(Recomputed(openingId, null, ranking));
        // Another worker, whose index had not seen the seeker yet, stored version 2 empty.
        await using (var scope = store.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<MatchingDbContext>().SuggestionLists.Where(l => l.SubjectId == openingId)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Version, 2).SetProperty(l => l.Items, []).SetProperty(l => l.Count, 0));
        }

        Assert.Equal(1, await StoreAsync(Recomputed(openingId, new StoredList(openingId, 2, 0, 0), ranking)));

        var (version, members) = await StoredAsync(openingId);
        Assert.Equal(3, version);
        Assert.Equal([ranking[0].SeekerId], members);
    }

    [Fact]
    public async Task A_write_based_on_a_version_another_writer_has_since_replaced_is_a_concurrency_conflict()
    {
        var (openingId, ranking) = await RankedOpeningAsync("가", "나");
        await StoreAsync(Recomputed(openingId, null, ranking));
        await StoreAsync(Recomputed(openingId, new StoredList(openingId, 1, 2, 0), ranking[..1]));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => StoreAsync(Recomputed(openingId, new StoredList(openingId, 1, 2, 0), ranking[1..])));

        var (version, members) = await StoredAsync(openingId);
        Assert.Equal(2, version);
        Assert.Equal([ranking[0].SeekerId], members);
    }

    [Fact]
    public async Task A_worker_that_never_saw_a_list_reads_it_once_and_leaves_it_alone_when_unchanged()
    {
        var (openingId, ranking) = await RankedOpeningAsync("가", "나");
        await StoreAsync(Recomputed(openingId, null, ranking));

        await using var scope = store.Scope();
        var services = scope.ServiceProvider;
        var freshWorker = new SuggestionListWriter(services.GetRequiredService<MatchingDbContext>(), new ListDigests(),
            services.GetRequiredService<IPublishEndpoint>(), TimeProvider.System);

        Assert.Equal(0, await freshWorker.StoreAsync([Recomputed(openingId, new StoredList(openingId, 1, 2, 0), ranking)], default));
        Assert.Equal(1, (await StoredAsync(openingId)).Version);
    }

    [Fact]
    public async Task Members_follow_the_list_as_candidates_leave_and_enter()
    {
        var (openingId, ranking) = await RankedOpeningAsync("가", "나", "다");
        await StoreAsync(Recomputed(openingId, null, ranking[..2]));

        await StoreAsync(Recomputed(openingId, new StoredList(openingId, 1, 2, 0), ranking[1..]));

        var (version, members) = await StoredAsync(openingId);
        Assert.Equal(2, version);
        Assert.Equal(ranking[1..].Select(m => m.SeekerId).Order(), members.Order());
    }

    [Fact]
    public async Task Stored_items_name_each_seeker_by_the_name_in_the_store()
    {
        var (openingId, ranking) = await RankedOpeningAsync("가나다", "라마바");
        await StoreAsync(Recomputed(openingId, null, ranking));

        await using var scope = store.Scope();
        var items = await scope.ServiceProvider.GetRequiredService<MatchingDbContext>().SuggestionLists
            .Where(l => l.SubjectId == openingId).Select(l => l.Items).SingleAsync();
        Assert.Equal(ranking.Select(m => m.SeekerId), items.Select(i => i.SeekerId));
        Assert.Equal(["가나다", "라마바"], items.Select(i => i.SeekerName).Order());
    }

    private static Recomputed Recomputed(Guid openingId, StoredList? stored, ScoredMatch[] matches) =>
        new(SuggestionSubjects.Opening, openingId, stored, matches);

    private async Task<(Guid OpeningId, ScoredMatch[] Ranking)> RankedOpeningAsync(params string[] seekerNames)
    {
        var opening = await store.OpeningAsync();
        foreach (var name in seekerNames)
        {
            await store.SeekerAsync(name);
        }

        await store.Host.Services.GetRequiredService<IndexFollower>().CatchUpAsync();
        var ranking = store.Host.Services.GetRequiredService<ICandidateIndex>().TopSeekersForOpening(opening.Id, 20, Bodies.Today)!;
        Assert.Equal(seekerNames.Length, ranking.Count);
        return (opening.Id, [.. ranking]);
    }

    private async Task<int> StoreAsync(Recomputed list)
    {
        await using var scope = store.Scope();
        return await scope.ServiceProvider.GetRequiredService<SuggestionListWriter>().StoreAsync([list], default);
    }

    private async Task<(long Version, List<Guid> Members)> StoredAsync(Guid openingId)
    {
        await using var scope = store.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        var version = await db.SuggestionLists.Where(l => l.SubjectId == openingId).Select(l => l.Version).SingleAsync();
        var members = await db.SuggestionMembers.Where(m => m.SubjectId == openingId).Select(m => m.CandidateId).ToListAsync();
        return (version, members);
    }
}
