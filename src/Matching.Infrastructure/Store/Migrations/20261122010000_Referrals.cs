using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Matching.Infrastructure.Store.Migrations;

/// <summary>Referrals (알선) with their outcome, and imported historical placements. Written by hand, provider-neutral.</summary>
[DbContext(typeof(MatchingDbContext))]
[Migration("20261122010000_Referrals")]
public sealed class Referrals : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("Referrals", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Version = t.Column<long>(nullable: false),
            SeekerId = t.Column<Guid>(nullable: false),
            OpeningId = t.Column<Guid>(nullable: false),
            Status = t.Column<string>(nullable: false),
            Note = t.Column<string>(nullable: true),
            Reason = t.Column<string>(nullable: true),
            HiredOn = t.Column<DateOnly>(nullable: true),
            EndsOn = t.Column<DateOnly>(nullable: true),
            History = t.Column<string>(nullable: false),
            CreatedAt = t.Column<DateTimeOffset>(nullable: false),
            UpdatedAt = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Referrals", x => x.Id);
            t.ForeignKey("FK_Referrals_Seekers_SeekerId", x => x.SeekerId, "Seekers", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Referrals_Openings_OpeningId", x => x.OpeningId, "Openings", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Referrals_SeekerId", "Referrals", "SeekerId");
        m.CreateIndex("IX_Referrals_OpeningId", "Referrals", "OpeningId");
        m.CreateIndex("IX_Referrals_HiredOn", "Referrals", "HiredOn");

        m.CreateTable("PlacementRecords", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            HiredOn = t.Column<DateOnly>(nullable: false),
            Gender = t.Column<string>(nullable: false),
            BirthYear = t.Column<int>(nullable: false),
            Occupation = t.Column<string>(nullable: true),
            RegisteredOn = t.Column<DateOnly>(nullable: false),
            ImportJobId = t.Column<Guid>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_PlacementRecords", x => x.Id));
        m.CreateIndex("IX_PlacementRecords_HiredOn", "PlacementRecords", "HiredOn");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("PlacementRecords");
        m.DropTable("Referrals");
    }
}
