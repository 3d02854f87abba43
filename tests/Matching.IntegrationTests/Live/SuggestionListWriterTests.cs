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
            services.GetRequiredService<ISuggestionAnnouncer>(), TimeProvider.System);

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

    [Fact]
    public Task A_batch_of_more_lists_than_one_statement_takes_is_written_whole_or_not_at_all() => ManyListsAsync(store);

    [PostgresFact]
    public async Task A_batch_of_more_lists_than_one_statement_takes_is_written_whole_or_not_at_all_on_PostgreSQL()
    {
        await using var postgres = await WorkerStore.StartAsync(postgres: PostgresFactAttribute.NewDatabase());
        await ManyListsAsync(postgres);
    }

    /// <summary>A hundred lists written in one batch, then changed in one (their first seeker leaves, the third enters); then one stale list fails a batch.</summary>
    private static async Task ManyListsAsync(WorkerStore on)
    {
        var openings = new List<Guid>();
        for (var i = 0; i < 100; i++)
        {
            openings.Add((await on.OpeningAsync()).Id);
        }

        foreach (var name in new[] { "가", "나", "다" })
        {
            await on.SeekerAsync(name);
        }

        await on.Host.Services.GetRequiredService<IndexFollower>().CatchUpAsync();
        var index = on.Host.Services.GetRequiredService<ICandidateIndex>();
        var rankings = openings.Select(id => index.TopSeekersForOpening(id, 20, Bodies.Today)!.ToArray()).ToList();
        Assert.All(rankings, r => Assert.Equal(3, r.Length));
        Assert.Equal(100, await StoreAsync(on, [.. openings.Select((id, i) => Recomputed(id, null, rankings[i][..2]))]));

        Assert.Equal(100, await StoreAsync(on, [.. openings.Select((id, i) => Recomputed(id, new StoredList(id, 1, 2, 0), rankings[i][1..]))]));

        foreach (var (id, i) in openings.Select((id, i) => (id, i)))
        {
            var (version, members) = await StoredAsync(on, id);
            Assert.Equal(2, version);
            Assert.Equal(rankings[i][1..].Select(m => m.SeekerId).Order(), members.Order());
        }

        await using (var scope = on.Scope())
        {
            var items = await scope.ServiceProvider.GetRequiredService<MatchingDbContext>().SuggestionLists
                .Where(l => l.SubjectId == openings[42]).Select(l => l.Items).SingleAsync();
            Assert.Equal(rankings[42][1..].Select(m => m.SeekerId), items.Select(i => i.SeekerId));
        }

        // The last list was read at a version another writer has since replaced: nothing of the batch is written.
        var stale = openings.Select((id, i) => Recomputed(id, new StoredList(id, i == 99 ? 1 : 2, 2, 0), rankings[i][..1])).ToArray();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => StoreAsync(on, stale));
        var after = await StoredAsync(on, openings[0]);
        Assert.Equal(2, after.Version);
        Assert.Equal(rankings[0][1..].Select(m => m.SeekerId).Order(), after.Members.Order());
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

    private Task<int> StoreAsync(Recomputed list) => StoreAsync(store, [list]);

    private static async Task<int> StoreAsync(WorkerStore on, Recomputed[] lists)
    {
        await using var scope = on.Scope();
        return await scope.ServiceProvider.GetRequiredService<SuggestionListWriter>().StoreAsync(lists, default);
    }

    private Task<(long Version, List<Guid> Members)> StoredAsync(Guid openingId) => StoredAsync(store, openingId);

    private static async Task<(long Version, List<Guid> Members)> StoredAsync(WorkerStore on, Guid openingId)
    {
        await using var scope = on.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        var version = await db.SuggestionLists.Where(l => l.SubjectId == openingId).Select(l => l.Version).SingleAsync();
        var members = await db.SuggestionMembers.Where(m => m.SubjectId == openingId).Select(m => m.CandidateId).ToListAsync();
        return (version, members);
    }
}
