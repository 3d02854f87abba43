using System.Data.Common;
using Matching.Domain.Privacy;
using Matching.Domain.Profiles;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Matching.IntegrationTests.Infrastructure;
using Matching.IntegrationTests.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Store;

/// <summary>A registration saved as new rows is stored column for column as SaveChanges stores it, change event included.</summary>
public sealed class NewRowsTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 30, 15, TimeSpan.FromHours(9));

    [Fact]
    public Task New_rows_are_stored_as_SaveChanges_stores_them_on_sqlite() => CompareAsync(null);

    [PostgresFact]
    public Task New_rows_are_stored_as_SaveChanges_stores_them_on_postgresql() => CompareAsync(PostgresFactAttribute.NewDatabase());

    [Fact]
    public Task New_rows_of_which_one_fails_store_nothing_on_sqlite() => AllOrNothingAsync(null);

    [PostgresFact]
    public Task New_rows_of_which_one_fails_store_nothing_on_postgresql() => AllOrNothingAsync(PostgresFactAttribute.NewDatabase());

    /// <summary>The tables' statements share one command: a later one failing (a consent without its purpose's version) takes the earlier ones back.</summary>
    private static async Task AllOrNothingAsync(string? postgres)
    {
        await using var store = await WorkerStore.StartAsync(followInBackground: false, postgres: postgres);
        var id = Guid.NewGuid();
        await using (var scope = store.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
            Stage(db, id);
            db.ConsentRecords.Add(new ConsentRecord { SeekerId = id, Kind = ConsentKind.Matching, Given = true, At = At, PurposeVersion = null! });
            await Assert.ThrowsAnyAsync<DbException>(() => db.SaveNewRowsAsync());
        }

        await using (var scope = store.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
            Assert.False(await db.Seekers.AnyAsync(s => s.Id == id));
            Assert.False(await db.AuditRecords.AnyAsync(a => a.SubjectId == id));
            Assert.False(await db.OutboxMessages.AnyAsync(m => m.SubjectId == id));
        }
    }

    private static async Task CompareAsync(string? postgres)
    {
        await using var store = await WorkerStore.StartAsync(followInBackground: false, postgres: postgres);
        var (fast, usual) = (Guid.NewGuid(), Guid.NewGuid());
        await using (var scope = store.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
            Stage(db, fast);
            await db.SaveNewRowsAsync();
            Assert.Empty(db.ChangeTracker.Entries());
        }

        await using (var scope = store.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
            Stage(db, usual);
            await db.SaveChangesAsync();
        }

        await using (var scope = store.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
            foreach (var table in new[] { "Seekers", "ConsentRecords", "AuditRecords", "OutboxMessages" })
            {
                var expected = await RowsAsync(db, table, usual);
                Assert.NotEmpty(expected);
                Assert.Equal(expected, await RowsAsync(db, table, fast));
            }
        }
    }

    /// <summary>A seeker as a counsellor registers one: the seeker, a consent record per consent, an audit record.</summary>
    private static void Stage(MatchingDbContext db, Guid id)
    {
        db.Seekers.Add(new Seeker
        {
            Id = id, Version = 1, Status = ProfileStatus.Active, Name = "정새행", BirthYear = 1968, Gender = Gender.Female,
            Address = new StoredAddress("인천광역시", "서구", "가정동", 37.545, 126.676, true), DesiredOccupations = ["5501", "5502"],
            PrimaryOccupation = "5501", Certificates = ["요양보호사"], ConsentToMatching = true, ConsentToShare = false,
            RegisteredOn = DateOnly.FromDateTime(At.Date), CreatedAt = At, UpdatedAt = At,
        });
        db.ConsentRecords.Add(new ConsentRecord { SeekerId = id, Kind = ConsentKind.Matching, Given = true, At = At, PurposeVersion = "2026-01", TakenBy = null });
        db.ConsentRecords.Add(new ConsentRecord { SeekerId = id, Kind = ConsentKind.ShareWithEmployer, Given = false, At = At, PurposeVersion = "2026-01" });
        db.AuditRecords.Add(new AuditRecord { At = At, ActorRole = "Counsellor", Action = AuditAction.Change, SubjectId = id, Where = "POST /api/seekers" });
    }

    /// <summary>The rows naming <paramref name="subject"/>, every column as text with the subject's id (and the identity and clock columns) left out.</summary>
    private static async Task<List<string>> RowsAsync(MatchingDbContext db, string table, Guid subject)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var columns = Enumerable.Range(0, reader.FieldCount)
                .Where(i => reader.GetName(i) is not ("CreatedAtMs" or "Id") || reader.GetFieldType(i) == typeof(Guid) || reader.GetFieldType(i) == typeof(string))
                .Select(i => $"{reader.GetName(i)}={(reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))}")
                .ToList();
            var row = string.Join("; ", columns);
            if (row.Contains(subject.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                rows.Add(row.Replace(subject.ToString(), "subject", StringComparison.OrdinalIgnoreCase));
            }
        }

        return rows.Order().ToList();
    }
}
