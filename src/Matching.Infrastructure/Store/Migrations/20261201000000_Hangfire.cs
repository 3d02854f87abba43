using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Matching.Infrastructure.Store.Migrations;

/// <summary>
/// Hangfire replaces Quartz: the events note their jobs, a series its last run (what the start-up reconciler
/// works from), and on PostgreSQL Quartz's qrtz_* tables go. Hangfire keeps its own tables in schema
/// <c>hangfire</c>, which it creates itself.
/// </summary>
[DbContext(typeof(MatchingDbContext))]
[Migration("20261201000000_Hangfire")]
public sealed class HangfireJobs : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<DateTimeOffset>("PrematchStartedAt", "Events", nullable: true);
        m.AddColumn<string>("PrematchJobId", "Events", nullable: true);
        m.AddColumn<string>("ReminderJobId", "Events", nullable: true);
        m.AddColumn<DateTimeOffset>("LastRunAt", "EventSeries", nullable: true);

        if (ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            // Created outside EF at start-up by the Quartz set-up, so dropped by name pattern, whichever exist.
            m.Sql("""
                DO $$
                DECLARE t record;
                BEGIN
                    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE 'qrtz\_%' LOOP
                        EXECUTE format('DROP TABLE IF EXISTS %I CASCADE', t.tablename);
                    END LOOP;
                END $$;
                """);
        }
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropColumn("PrematchStartedAt", "Events");
        m.DropColumn("PrematchJobId", "Events");
        m.DropColumn("ReminderJobId", "Events");
        m.DropColumn("LastRunAt", "EventSeries");
    }
}
