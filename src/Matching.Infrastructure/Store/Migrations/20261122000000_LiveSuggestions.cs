using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Matching.Infrastructure.Store.Migrations;

/// <summary>The outbox (change feed) and the stored suggestion lists.</summary>
[DbContext(typeof(MatchingDbContext))]
[Migration("20261122000000_LiveSuggestions")]
public sealed class LiveSuggestions : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("OutboxMessages", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            Type = t.Column<string>(nullable: false),
            SubjectId = t.Column<Guid>(nullable: false),
            Body = t.Column<string>(nullable: false),
            CreatedAtMs = t.Column<long>(nullable: false),
            LockedUntilMs = t.Column<long>(nullable: true),
            DispatchedAtMs = t.Column<long>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_OutboxMessages", x => x.Id));
        m.CreateIndex("IX_OutboxMessages_DispatchedAtMs", "OutboxMessages", "DispatchedAtMs");

        m.CreateTable("SuggestionLists", t => new
        {
            Subject = t.Column<string>(nullable: false),
            SubjectId = t.Column<Guid>(nullable: false),
            Version = t.Column<long>(nullable: false),
            Items = t.Column<string>(nullable: false),
            Count = t.Column<int>(nullable: false),
            MinScore = t.Column<double>(nullable: false),
            UpdatedAt = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_SuggestionLists", x => new { x.Subject, x.SubjectId }));

        m.CreateTable("SuggestionMembers", t => new
        {
            Subject = t.Column<string>(nullable: false),
            SubjectId = t.Column<Guid>(nullable: false),
            CandidateId = t.Column<Guid>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_SuggestionMembers", x => new { x.Subject, x.SubjectId, x.CandidateId }));
        m.CreateIndex("IX_SuggestionMembers_Subject_CandidateId", "SuggestionMembers", ["Subject", "CandidateId"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("SuggestionMembers");
        m.DropTable("SuggestionLists");
        m.DropTable("OutboxMessages");
    }
}
