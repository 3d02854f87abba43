using Matching.Contracts;
using Matching.Domain.Matching;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Outbox;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Live;

/// <summary>The follower reads only new ids, yet a change whose id commits after a later one still reaches the index.</summary>
public sealed class IndexFollowerTests : IAsyncLifetime
{
    private WorkerStore store = null!;

    public async Task InitializeAsync() => store = await WorkerStore.StartAsync(followInBackground: false);

    public async Task DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task A_change_committed_below_the_watermark_reaches_the_index()
    {
        var follower = store.Host.Services.GetRequiredService<IndexFollower>();
        var index = store.Host.Services.GetRequiredService<ICandidateIndex>();
        var first = await store.SeekerAsync("먼저");
        // As on PostgreSQL when a transaction holding two lower ids commits after this one.
        var top = await MoveFeedRowAsync(first.Id, by: 2);
        await follower.CatchUpAsync();
        Assert.NotNull(index.TopOpeningsForSeeker(first.Id, 1, default));

        var late = await store.SeekerAsync("나중");
        await MoveFeedRowAsync(late.Id, to: top - 1);
        await follower.CatchUpAsync();

        Assert.NotNull(index.TopOpeningsForSeeker(late.Id, 1, default));
    }

    [Fact]
    public async Task Changes_already_applied_are_not_read_again()
    {
        var follower = store.Host.Services.GetRequiredService<IndexFollower>();
        var index = store.Host.Services.GetRequiredService<ICandidateIndex>();
        var seeker = await store.SeekerAsync("한번");
        await follower.CatchUpAsync();
        index.RemoveSeeker(seeker.Id);

        await follower.CatchUpAsync();

        Assert.Null(index.TopOpeningsForSeeker(seeker.Id, 1, default));
    }

    [Fact]
    public async Task An_import_naming_no_profile_is_passed_over_not_awaited_as_a_gap()
    {
        var follower = store.Host.Services.GetRequiredService<IndexFollower>();
        var index = store.Host.Services.GetRequiredService<ICandidateIndex>();
        long emptyImport;
        await using (var scope = store.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
            var message = ChangeEvents.Message(ChangeEvents.ProfilesImportedType, Guid.NewGuid(), new ProfilesImported(Guid.NewGuid(), [], []), 0);
            db.OutboxMessages.Add(message);
            await db.SaveChangesAsync();
            emptyImport = message.Id;
        }

        // An opening: its feed row is read back whenever it is read at all.
        var opening = await store.OpeningAsync("빈가져오기");
        await follower.CatchUpAsync();
        index.RemoveOpening(opening.Id);

        // Were the import's id still awaited, the row now holding it would be read and the opening put back.
        await using (var scope = store.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
            await db.OutboxMessages.Where(m => m.Id == emptyImport).ExecuteDeleteAsync();
        }

        await MoveFeedRowAsync(opening.Id, to: emptyImport);
        await follower.CatchUpAsync();

        Assert.Null(index.TopSeekersForOpening(opening.Id, 1, default));
    }

    [Fact]
    public async Task A_seeker_applied_on_saving_is_not_read_back_from_the_feed()
    {
        var (index, seeker) = await SavedAndAppliedAsync("저장노드");
        // Taken out behind the follower's back: only reading the row again would bring it back.
        index.RemoveSeeker(seeker.Id);

        await store.Host.Services.GetRequiredService<IndexFollower>().CatchUpAsync();

        Assert.Null(index.TopOpeningsForSeeker(seeker.Id, 1, default));
    }

    [Fact]
    public async Task A_newer_version_saved_on_another_node_reaches_the_index_though_this_node_applied_the_seeker()
    {
        var follower = store.Host.Services.GetRequiredService<IndexFollower>();
        var (index, seeker) = await SavedAndAppliedAsync("다른노드");
        await follower.CatchUpAsync();

        await using (var scope = store.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
            var row = await db.Seekers.SingleAsync(s => s.Id == seeker.Id);
            row.ConsentToMatching = false;
            row.Version++;
            await db.SaveChangesAsync();
        }

        await follower.CatchUpAsync();

        Assert.Null(index.TopOpeningsForSeeker(seeker.Id, 1, default));
    }

    [Fact]
    public async Task An_older_version_applied_after_a_newer_one_is_what_the_index_is_known_to_hold()
    {
        var versions = store.Host.Services.GetRequiredService<IndexedSeekerVersions>();
        var index = store.Host.Services.GetRequiredService<ICandidateIndex>();
        var seeker = await store.SeekerAsync("늦은요청");
        seeker.Version = 2;
        versions.Apply(index, seeker);
        // A slower request of version 1 applies after it.
        seeker.Version = 1;
        versions.Apply(index, seeker);

        Assert.True(versions.Holds(seeker.Id, 1));
        Assert.False(versions.Holds(seeker.Id, 2));
    }

    [Fact]
    public void Filling_the_versions_up_forgets_the_oldest_entries_not_the_latest()
    {
        var versions = new IndexedSeekerVersions();
        var index = store.Host.Services.GetRequiredService<ICandidateIndex>();
        // Not matchable: applying one only takes it out of the index, so many cost little.
        Matching.Infrastructure.Store.Entities.Seeker Withdrawn() => new() { Id = Guid.NewGuid(), Version = 1, ConsentToMatching = false };
        var first = Withdrawn();
        versions.Apply(index, first);
        for (var i = 1; i < 2 * IndexedSeekerVersions.GenerationSize - 1; i++)
        {
            versions.Apply(index, Withdrawn());
        }

        var latest = Withdrawn();
        versions.Apply(index, latest);
        var next = Withdrawn();
        versions.Apply(index, next);

        Assert.True(versions.Holds(latest.Id, 1));
        Assert.True(versions.Holds(next.Id, 1));
        Assert.False(versions.Holds(first.Id, 1));
    }

    [Fact]
    public async Task A_change_applied_while_the_index_was_rebuilt_reaches_the_rebuilt_index()
    {
        var follower = store.Host.Services.GetRequiredService<IndexFollower>();
        var index = store.Host.Services.GetRequiredService<ICandidateIndex>();
        var seeker = await store.SeekerAsync("재적재");
        await follower.CatchUpAsync();
        Assert.NotNull(index.TopOpeningsForSeeker(seeker.Id, 1, default));

        // A full load begins: the follower's position is taken, then the profiles are read (still consenting).
        await using var scope = store.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        var position = await follower.StartAsync(db);
        var read = (await db.Seekers.AsNoTracking().Where(ProfileProjection.MatchableSeekers).ToListAsync()).Select(s => s.ToProfile()).ToList();
        var openings = (await db.Openings.AsNoTracking().Include(o => o.Employer).ToListAsync()).Select(o => o.ToProfile()).ToList();
        // Meanwhile consent is withdrawn, and the follower applies it to the index about to be replaced.
        var row = await db.Seekers.SingleAsync(s => s.Id == seeker.Id);
        row.ConsentToMatching = false;
        row.Version++;
        await db.SaveChangesAsync();
        await follower.CatchUpAsync();
        index.Rebuild(read, openings);
        Assert.NotNull(index.TopOpeningsForSeeker(seeker.Id, 1, default));

        await follower.RewindAsync(position);
        await follower.CatchUpAsync();

        Assert.Null(index.TopOpeningsForSeeker(seeker.Id, 1, default));
    }

    /// <summary>A seeker saved as the saving node does: the index takes the change at once, and its feed row follows.</summary>
    private async Task<(ICandidateIndex Index, Matching.Infrastructure.Store.Entities.Seeker Seeker)> SavedAndAppliedAsync(string name)
    {
        var index = store.Host.Services.GetRequiredService<ICandidateIndex>();
        var seeker = await store.SeekerAsync(name);
        store.Host.Services.GetRequiredService<IndexedSeekerVersions>().Apply(index, seeker);
        return (index, seeker);
    }

    /// <summary>Gives the subject's change-feed row another id and returns it.</summary>
    private async Task<long> MoveFeedRowAsync(Guid subjectId, long by = 0, long to = 0)
    {
        await using var scope = store.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        var id = await db.OutboxMessages.Where(m => m.SubjectId == subjectId).Select(m => m.Id).SingleAsync();
        var target = to == 0 ? id + by : to;
        await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Id, target));
        return target;
    }
}
