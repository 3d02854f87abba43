using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Matching.Infrastructure.Store.Migrations;

/// <summary>Bulk import jobs: the uploaded file in chunks, the checkpoint, and every rejected line. Written by hand, provider-neutral.</summary>
[DbContext(typeof(MatchingDbContext))]
[Migration("20261122020000_Imports")]
public sealed class Imports : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("ImportJobs", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Version = t.Column<long>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            Format = t.Column<string>(nullable: false),
            State = t.Column<string>(nullable: false),
            Header = t.Column<string>(nullable: true),
            TotalLines = t.Column<int>(nullable: false),
            Checkpoint = t.Column<int>(nullable: false),
            Processed = t.Column<int>(nullable: false),
            Accepted = t.Column<int>(nullable: false),
            Rejected = t.Column<int>(nullable: false),
            Failure = t.Column<string>(nullable: true),
            LeaseOwner = t.Column<string>(nullable: true),
            LeaseUntil = t.Column<DateTimeOffset>(nullable: true),
            CreatedBy = t.Column<Guid>(nullable: true),
            CreatedAt = t.Column<DateTimeOffset>(nullable: false),
            UpdatedAt = t.Column<DateTimeOffset>(nullable: false),
            CompletedAt = t.Column<DateTimeOffset>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_ImportJobs", x => x.Id));
        m.CreateIndex("IX_ImportJobs_State", "ImportJobs", "State");

        m.CreateTable("ImportChunks", t => new
        {
            JobId = t.Column<Guid>(nullable: false),
            FirstLine = t.Column<int>(nullable: false),
            LineCount = t.Column<int>(nullable: false),
            Content = t.Column<string>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ImportChunks", x => new { x.JobId, x.FirstLine });
            t.ForeignKey("FK_ImportChunks_ImportJobs_JobId", x => x.JobId, "ImportJobs", "Id", onDelete: ReferentialAction.Cascade);
        });

        m.CreateTable("ImportErrors", t => new
        {
            JobId = t.Column<Guid>(nullable: false),
            Line = t.Column<int>(nullable: false),
            Message = t.Column<string>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ImportErrors", x => new { x.JobId, x.Line });
            t.ForeignKey("FK_ImportErrors_ImportJobs_JobId", x => x.JobId, "ImportJobs", "Id", onDelete: ReferentialAction.Cascade);
        });
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("ImportErrors");
        m.DropTable("ImportChunks");
        m.DropTable("ImportJobs");
    }
}
