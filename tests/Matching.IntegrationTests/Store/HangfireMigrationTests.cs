using Matching.Infrastructure.Store;
using Matching.IntegrationTests.Infrastructure;
using Matching.IntegrationTests.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Matching.IntegrationTests.Store;

/// <summary>The migration to Hangfire, on both providers.</summary>
public sealed class HangfireMigrationTests
{
    private const string BeforeHangfire = "20261122030000_Events";

    [PostgresFact]
    public async Task On_postgresql_it_drops_the_old_scheduler_tables_and_adds_the_job_columns()
    {
        await using var db = new MatchingDbContext(new DbContextOptionsBuilder<MatchingDbContext>().UseNpgsql(PostgresFactAttribute.NewDatabase()).Options);
        await db.GetService<IMigrator>().MigrateAsync(BeforeHangfire);
        // A few of the qrtz_* tables the old scheduler's start-up script made, one referring to another as theirs did.
        await db.Database.ExecuteSqlRawAsync("""
            CREATE TABLE qrtz_job_details (sched_name text NOT NULL, job_name text NOT NULL, PRIMARY KEY (sched_name, job_name));
            CREATE TABLE qrtz_triggers (sched_name text NOT NULL, trigger_name text NOT NULL, job_name text NOT NULL,
                PRIMARY KEY (sched_name, trigger_name), FOREIGN KEY (sched_name, job_name) REFERENCES qrtz_job_details (sched_name, job_name));
            CREATE TABLE qrtz_locks (sched_name text NOT NULL, lock_name text NOT NULL);
            """);
        Assert.Equal(3, (await QrtzTablesAsync(db)).Count);

        await db.Database.MigrateAsync();

        Assert.Empty(await QrtzTablesAsync(db));
        await AssertJobColumnsAsync(db);
    }

    [Fact]
    public async Task On_sqlite_it_adds_the_job_columns()
    {
        using var file = new TempSqlite();
        await using var db = new MatchingDbContext(new DbContextOptionsBuilder<MatchingDbContext>().UseSqlite(file.ConnectionString).Options);

        await db.Database.MigrateAsync();

        await AssertJobColumnsAsync(db);
    }

    private static Task<List<string>> QrtzTablesAsync(MatchingDbContext db) =>
        db.Database.SqlQuery<string>($"SELECT tablename AS \"Value\" FROM pg_tables WHERE tablename LIKE 'qrtz%'").ToListAsync();

    /// <summary>The columns are read and written through the model, so a missing one fails here.</summary>
    private static async Task AssertJobColumnsAsync(MatchingDbContext db)
    {
        Assert.Empty(await db.Events.Where(e => e.PrematchJobId != null || e.ReminderJobId != null || e.PrematchStartedAt != null).ToListAsync());
        Assert.Empty(await db.EventSeries.Where(s => s.LastRunAt != null).ToListAsync());
    }
}
