using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Matching.Infrastructure.Store.Migrations;

/// <summary>
/// Privacy and sign-in protection: access records and consent records (both append-only, enforced by the
/// store itself), sign-in sessions for refresh-token rotation, and the account flags an admin sets.
/// Existing consents become records of the purpose text they were given under; disabled accounts, kept
/// until now as a lockout until year 9999, become the flag.
/// </summary>
[DbContext(typeof(MatchingDbContext))]
[Migration("20261202000000_Privacy")]
public sealed class Privacy : Migration
{
    /// <summary>The purpose text's version before consent records existed (the intake form's first wording).</summary>
    public const string FirstPurposeVersion = "2026-11-21";

    private bool Postgres => ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<bool>("Disabled", "AspNetUsers", nullable: false, defaultValue: false);
        m.AddColumn<bool>("MustChangePassword", "AspNetUsers", nullable: false, defaultValue: false);
        m.AddColumn<int>("Lockouts", "AspNetUsers", nullable: false, defaultValue: 0);
        m.AddColumn<bool>("ConsentToShare", "Seekers", nullable: false, defaultValue: false);

        m.CreateTable("AuditRecords", t => new
        {
            Id = Identity(t),
            AtMs = t.Column<long>(nullable: false),
            ActorId = t.Column<Guid>(nullable: true),
            ActorRole = t.Column<string>(nullable: false),
            Action = t.Column<string>(nullable: false),
            SubjectId = t.Column<Guid>(nullable: true),
            Where = t.Column<string>(nullable: false),
            Purpose = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_AuditRecords", x => x.Id));
        m.CreateIndex("IX_AuditRecords_SubjectId_AtMs", "AuditRecords", ["SubjectId", "AtMs"]);
        m.CreateIndex("IX_AuditRecords_ActorId_AtMs", "AuditRecords", ["ActorId", "AtMs"]);
        m.CreateIndex("IX_AuditRecords_AtMs", "AuditRecords", "AtMs");

        m.CreateTable("ConsentRecords", t => new
        {
            Id = Identity(t),
            SeekerId = t.Column<Guid>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            Given = t.Column<bool>(nullable: false),
            At = t.Column<DateTimeOffset>(nullable: false),
            PurposeVersion = t.Column<string>(nullable: false),
            TakenBy = t.Column<Guid>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_ConsentRecords", x => x.Id));
        m.CreateIndex("IX_ConsentRecords_SeekerId", "ConsentRecords", "SeekerId");

        m.CreateTable("SignInSessions", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            UserId = t.Column<Guid>(nullable: false),
            CurrentTokenId = t.Column<Guid>(nullable: false),
            CreatedAt = t.Column<DateTimeOffset>(nullable: false),
            RevokedAt = t.Column<DateTimeOffset>(nullable: true),
            RevokedReason = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_SignInSessions", x => x.Id));
        m.CreateIndex("IX_SignInSessions_UserId", "SignInSessions", "UserId");

        m.Sql($"""
            INSERT INTO "ConsentRecords" ("SeekerId", "Kind", "Given", "At", "PurposeVersion")
            SELECT "Id", 'Matching', "ConsentToMatching", "CreatedAt", '{FirstPurposeVersion}' FROM "Seekers" WHERE "Status" = 'Active';
            """);
        m.Sql(Postgres
            ? """UPDATE "AspNetUsers" SET "Disabled" = TRUE, "LockoutEnd" = NULL WHERE "LockoutEnd" >= '9999-01-01';"""
            : """UPDATE "AspNetUsers" SET "Disabled" = 1, "LockoutEnd" = NULL WHERE "LockoutEnd" >= '9999';""");

        foreach (var table in AppendOnly)
        {
            m.Sql(Postgres
                ? $"""
                    CREATE FUNCTION "{table}_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN RAISE EXCEPTION '{table} is append-only'; END $$;
                    CREATE TRIGGER "{table}_append_only" BEFORE UPDATE OR DELETE ON "{table}"
                        FOR EACH ROW EXECUTE FUNCTION "{table}_append_only"();
                    CREATE TRIGGER "{table}_no_truncate" BEFORE TRUNCATE ON "{table}"
                        FOR EACH STATEMENT EXECUTE FUNCTION "{table}_append_only"();
                    """
                : $"""
                    CREATE TRIGGER "{table}_no_update" BEFORE UPDATE ON "{table}" BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;
                    CREATE TRIGGER "{table}_no_delete" BEFORE DELETE ON "{table}" BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;
                    """);
        }
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("SignInSessions");
        m.DropTable("ConsentRecords");
        m.DropTable("AuditRecords");
        if (Postgres)
        {
            foreach (var table in AppendOnly)
            {
                m.Sql($"""DROP FUNCTION IF EXISTS "{table}_append_only"();""");
            }
        }

        m.DropColumn("ConsentToShare", "Seekers");
        m.DropColumn("Lockouts", "AspNetUsers");
        m.DropColumn("MustChangePassword", "AspNetUsers");
        m.DropColumn("Disabled", "AspNetUsers");
    }

    private static readonly string[] AppendOnly = ["AuditRecords", "ConsentRecords"];

    // An auto-numbered key; each provider reads only its own annotation.
    private static OperationBuilder<AddColumnOperation> Identity(ColumnsBuilder t) =>
        t.Column<long>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
