using System.Net;
using System.Net.Http.Json;
using Matching.Application.Common;
using Matching.Application.Privacy;
using Matching.Domain.Privacy;
using Matching.Infrastructure.Store;
using Matching.IntegrationTests.Infrastructure;
using Matching.IntegrationTests.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Matching.IntegrationTests.Privacy;

/// <summary>
/// On SQLite the reads' access records wait in a file of their own until moved into the store: whether waiting, moved,
/// caught between the move's two commits or left by a stopped process, each is read once, with the same number, and
/// none is lost; the erasure of a seeker keeps them as it keeps the store's.
/// </summary>
public sealed class AccessRecordFileTests
{
    private static readonly Actor Counsellor = new(Guid.NewGuid(), "Counsellor", null) { Where = "GET /api/openings/{id:guid}/matches" };

    [Fact]
    public async Task Records_read_before_and_after_their_move_are_the_same_each_once()
    {
        await using var host = await StoreHost.StartAsync();
        await using var records = Records.Of(host);
        var subject = Guid.NewGuid();
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        var trail = records.Trail(db);
        trail.Changed(Counsellor with { Where = "POST /api/seekers/" }, subject);
        await db.SaveChangesAsync();
        await trail.ReadAsync(Counsellor, [subject, Guid.NewGuid()]);
        await trail.ReadAsync(Counsellor, [subject]);

        Assert.Equal(3, records.Waiting());
        var before = await records.SearchAsync(db, subject);
        Assert.Equal(["Change", "Read", "Read"], before.Select(e => e.Split(' ')[1]));

        Assert.Equal(3, await records.Move.MoveAsync());
        Assert.Equal(0, records.Waiting());
        Assert.Equal(before, await records.SearchAsync(db, subject));
        Assert.Equal(4, await db.AuditRecords.CountAsync());
        Assert.Equal(0, await records.Move.MoveAsync());
    }

    [Fact]
    public async Task A_move_of_many_chunks_leaves_every_record_in_the_store_once_and_none_in_the_file()
    {
        await using var host = await StoreHost.StartAsync();
        await using var records = Records.Of(host);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        // Three answers whose records fill four of a move's chunks (2,500 each); seekers 1,000-3,999 are read twice.
        var subjects = Enumerable.Range(0, 5_000).Select(_ => Guid.NewGuid()).ToList();
        for (var answer = 0; answer < 3; answer++)
        {
            await records.Trail(db).ReadAsync(Counsellor, subjects.Skip(answer * 1_000).Take(3_000));
        }

        var waiting = ReadAll(records.File);
        Assert.Equal(9_000, waiting.Count);

        Assert.Equal(9_000, await records.Move.MoveAsync());
        Assert.Equal(0, records.Waiting());
        var stored = await db.AuditRecords.AsNoTracking().Where(r => r.Action == AuditAction.Read).ToListAsync();
        Assert.Equal(waiting.Select(r => (r.Id, r.SubjectId)).Order(), stored.Select(r => (r.Id, r.SubjectId?.ToString().ToUpperInvariant())).Order());
        var seenTwice = subjects[1_500];
        Assert.Equal(2, (await records.SearchAsync(db, seenTwice)).Count);
    }

    [Fact]
    public async Task The_movers_large_page_cache_goes_with_it_and_not_to_the_connections_the_pool_lends_on()
    {
        await using var host = await StoreHost.StartAsync();
        var records = Records.Of(host);
        string connectionString;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
            connectionString = db.Database.GetConnectionString()!;
            await records.Trail(db).ReadAsync(Counsellor, [Guid.NewGuid()]);
        }

        // The move keeps its connection, with its cache, for the next; stopping lets it go.
        Assert.Equal(1, await records.Move.MoveAsync());
        await records.DisposeAsync();

        const long SqliteDefault = -2000;
        Assert.All(await PooledConnections.SettingAsync(connectionString, "cache_size"), size => Assert.Equal(SqliteDefault, size));
    }

    [Fact]
    public async Task A_move_interrupted_between_its_two_commits_shows_each_record_once_and_the_next_move_ends_it()
    {
        await using var host = await StoreHost.StartAsync();
        await using var records = Records.Of(host);
        var subject = Guid.NewGuid();
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        await records.Trail(db).ReadAsync(Counsellor, [subject]);
        await records.Trail(db).ReadAsync(Counsellor, [subject]);
        var before = await records.SearchAsync(db, subject);

        // The move's copy committed to the store, then the process gone before the file's deletion.
        using (var file = records.File.Open())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            AccessRecordFile.CopyToStore((SqliteConnection)db.Database.GetDbConnection(), (SqliteTransaction)transaction.GetDbTransaction(),
                AccessRecordFile.Read(file));
            await transaction.CommitAsync();
        }

        Assert.Equal((2, 2), (records.Waiting(), await db.AuditRecords.CountAsync()));
        Assert.Equal(before, await records.SearchAsync(db, subject));

        Assert.Equal(2, await records.Move.MoveAsync());
        Assert.Equal((0, 2), (records.Waiting(), await db.AuditRecords.CountAsync()));
        Assert.Equal(before, await records.SearchAsync(db, subject));
    }

    [Fact]
    public async Task Records_a_stopped_process_left_in_the_file_are_moved_when_the_next_one_starts()
    {
        var subject = Guid.NewGuid();
        await using var api = new MatchingApiFactory();
        await using (var first = await StoreHost.StartAsync(StoreProvider.Sqlite, api.ConnectionString))
        await using (var records = Records.Of(first))
        await using (var scope = first.Services.CreateAsyncScope())
        {
            // Answered and recorded by a process that stops before moving them.
            await records.Trail(scope.ServiceProvider.GetRequiredService<MatchingDbContext>()).ReadAsync(Counsellor, [subject, Guid.NewGuid()]);
            Assert.Equal(2, records.Waiting());
        }

        // The next process moves them as it starts; its answers show them meanwhile, from the file.
        var admin = await api.LoginAsync();
        var seen = await SubjectAuditAsync(admin, subject);
        Assert.Single(seen);
        var file = new AccessRecordFile(api.Services.GetRequiredService<IOptions<StoreOptions>>());
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Waiting(file) > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal(0, Waiting(file));
        Assert.Equal(seen, await SubjectAuditAsync(admin, subject));
        await using var check = api.Services.CreateAsyncScope();
        Assert.Equal(1, await check.ServiceProvider.GetRequiredService<MatchingDbContext>().AuditRecords.CountAsync(r => r.SubjectId == subject));
    }

    [Fact]
    public async Task Erasing_a_seeker_keeps_the_records_of_reads_still_waiting_in_the_file_as_those_in_the_store()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2023, 3, 2, 10, 0, 0, TimeSpan.FromHours(9)));
        await using var api = new MatchingApiFactory { ConfigureServices = s => s.AddSingleton<TimeProvider>(clock) };
        var admin = await api.LoginAsync();
        var seekerId = (await HttpAssert.JsonAsync(await admin.PostAsJsonAsync("/api/seekers", Bodies.Seeker()), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await admin.GetAsync($"/api/seekers/{seekerId}");
        var mover = api.Services.GetRequiredService<AccessRecordMove>();
        await mover.MoveAsync();
        // One read moved, one left waiting (the mover runs each second on a clock of its own, so it is stopped meanwhile).
        await mover.StopAsync(CancellationToken.None);
        await mover.MoveAsync();
        await admin.GetAsync($"/api/seekers/{seekerId}");
        var before = await SubjectAuditAsync(admin, seekerId);

        clock.SetUtcNow(clock.GetUtcNow().AddYears(3).AddDays(2));
        await using (var scope = api.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<EraseInactiveSeekers>().RunAsync() >= 1);
        }

        admin = await api.LoginAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/seekers/{seekerId}")).StatusCode);
        var after = await SubjectAuditAsync(admin, seekerId);
        Assert.Equal(before, after.Where(r => !r.Contains(EraseInactiveSeekers.Where)));
        Assert.Single(after, r => r.Contains(EraseInactiveSeekers.Where));
        await mover.MoveAsync();
        Assert.Equal(after, await SubjectAuditAsync(admin, seekerId));
    }

    private static int Waiting(AccessRecordFile file) => ReadAll(file).Count;

    private static List<AccessRecordFile.Row> ReadAll(AccessRecordFile file)
    {
        using var connection = file.Open();
        return AccessRecordFile.Read(connection);
    }

    private static async Task<List<string>> SubjectAuditAsync(HttpClient admin, Guid subject) =>
        (await HttpAssert.JsonAsync(await admin.GetAsync($"/api/audit?take=1000&subjectId={subject}"), HttpStatusCode.OK)).EnumerateArray()
        .Select(r => $"{r.GetProperty("id").GetInt64()} {r.GetProperty("action").GetString()} {r.GetProperty("where").GetString()} {r.GetProperty("at")}")
        .ToList();

    /// <summary>The access records' parts over a store host, as the API puts them together.</summary>
    private sealed class Records(AccessRecordFile file, AccessRecordIds ids, AccessRecordWriter writer, AccessRecordMove move) : IAsyncDisposable
    {
        public AccessRecordFile File => file;

        public AccessRecordMove Move => move;

        public static Records Of(StoreHost host)
        {
            var file = new AccessRecordFile(host.Services.GetRequiredService<IOptions<StoreOptions>>());
            var scopes = host.Services.GetRequiredService<IServiceScopeFactory>();
            return new Records(file, new AccessRecordIds(file), new AccessRecordWriter(scopes, file),
                new AccessRecordMove(file, scopes, NullLogger<AccessRecordMove>.Instance));
        }

        public AuditTrail Trail(MatchingDbContext db) => new(db, writer, ids, TimeProvider.System);

        public int Waiting() => AccessRecordFileTests.Waiting(file);

        public async Task<List<string>> SearchAsync(MatchingDbContext db, Guid subject)
        {
            var page = await new AuditQueries(db, Trail(db), file, TimeProvider.System).SearchAsync(subject, null, null, null, 0, 1000);
            Assert.Equal(page.Total, page.Items.Count);
            Assert.Equal(page.Items.Count, page.Items.DistinctBy(e => e.Id).Count());
            return page.Items.Reverse().Select(e => $"{e.Id} {e.Action} {e.Where} {e.At:O}").ToList();
        }

        public async ValueTask DisposeAsync()
        {
            await writer.DisposeAsync();
            await move.StopAsync(CancellationToken.None);
            move.Dispose();
        }
    }
}
