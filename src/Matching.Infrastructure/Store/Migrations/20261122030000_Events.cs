using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Matching.Infrastructure.Store.Migrations;

/// <summary>Recruitment events, series, participants, interviews, notifications and public holidays.</summary>
[DbContext(typeof(MatchingDbContext))]
[Migration("20261122030000_Events")]
public sealed class Events : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("EventSeries", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            Title = t.Column<string>(nullable: false),
            Schedule = t.Column<string>(nullable: false),
            DurationMinutes = t.Column<int>(nullable: false),
            Venue = t.Column<string>(nullable: false),
            SlotMinutes = t.Column<int>(nullable: false),
            CreateAheadDays = t.Column<int>(nullable: false),
            Active = t.Column<bool>(nullable: false),
            CreatedAt = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_EventSeries", x => x.Id));

        m.CreateTable("Events", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Version = t.Column<long>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            Title = t.Column<string>(nullable: false),
            StartsAt = t.Column<long>(nullable: false),
            EndsAt = t.Column<long>(nullable: false),
            Venue = t.Column<string>(nullable: false),
            SlotMinutes = t.Column<int>(nullable: false),
            SeriesId = t.Column<Guid>(nullable: true),
            Status = t.Column<string>(nullable: false),
            PrematchStatus = t.Column<string>(nullable: false),
            PrematchMinScore = t.Column<double>(nullable: true),
            PrematchedAt = t.Column<DateTimeOffset>(nullable: true),
            PrematchError = t.Column<string>(nullable: true),
            ClosedAt = t.Column<DateTimeOffset>(nullable: true),
            Results = t.Column<string>(nullable: true),
            CreatedAt = t.Column<DateTimeOffset>(nullable: false),
            CreatedBy = t.Column<Guid>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Events", x => x.Id));
        m.CreateIndex("IX_Events_StartsAt", "Events", "StartsAt");
        m.CreateIndex("IX_Events_EndsAt", "Events", "EndsAt");
        m.CreateIndex("IX_Events_SeriesId_StartsAt", "Events", ["SeriesId", "StartsAt"], unique: true);

        m.CreateTable("EventEmployers", t => new
        {
            EventId = t.Column<Guid>(nullable: false),
            EmployerId = t.Column<Guid>(nullable: false),
            OpeningIds = t.Column<string>(nullable: false),
            InterviewersPerSlot = t.Column<int>(nullable: false),
            JoinedAt = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_EventEmployers", x => new { x.EventId, x.EmployerId });
            t.ForeignKey("FK_EventEmployers_Events_EventId", x => x.EventId, "Events", "Id", onDelete: ReferentialAction.Cascade);
        });

        m.CreateTable("EventSeekers", t => new
        {
            EventId = t.Column<Guid>(nullable: false),
            SeekerId = t.Column<Guid>(nullable: false),
            MaxInterviews = t.Column<int>(nullable: false),
            Source = t.Column<string>(nullable: false),
            CarryCount = t.Column<int>(nullable: false),
            JoinedAt = t.Column<DateTimeOffset>(nullable: false),
            CheckedInAt = t.Column<DateTimeOffset>(nullable: true),
            UnplacedReason = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_EventSeekers", x => new { x.EventId, x.SeekerId });
            t.ForeignKey("FK_EventSeekers_Events_EventId", x => x.EventId, "Events", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_EventSeekers_SeekerId", "EventSeekers", "SeekerId");

        m.CreateTable("EventInterviews", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Version = t.Column<long>(nullable: false),
            EventId = t.Column<Guid>(nullable: false),
            EmployerId = t.Column<Guid>(nullable: false),
            OpeningId = t.Column<Guid>(nullable: false),
            SeekerId = t.Column<Guid>(nullable: false),
            Source = t.Column<string>(nullable: false),
            SlotIndex = t.Column<int>(nullable: true),
            StartsAt = t.Column<DateTimeOffset>(nullable: true),
            Score = t.Column<double>(nullable: false),
            Status = t.Column<string>(nullable: false),
            QueuedAt = t.Column<DateTimeOffset>(nullable: true),
            CalledAt = t.Column<DateTimeOffset>(nullable: true),
            FinishedAt = t.Column<DateTimeOffset>(nullable: true),
            ReferralId = t.Column<Guid>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_EventInterviews", x => x.Id);
            t.ForeignKey("FK_EventInterviews_Events_EventId", x => x.EventId, "Events", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_EventInterviews_EventId_EmployerId", "EventInterviews", ["EventId", "EmployerId"]);
        m.CreateIndex("IX_EventInterviews_EventId_SeekerId", "EventInterviews", ["EventId", "SeekerId"]);

        m.CreateTable("Notifications", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            SeekerId = t.Column<Guid>(nullable: false),
            EventId = t.Column<Guid>(nullable: true),
            Kind = t.Column<string>(nullable: false),
            Text = t.Column<string>(nullable: false),
            Recipient = t.Column<string>(nullable: true),
            CreatedAt = t.Column<DateTimeOffset>(nullable: false),
            SentAt = t.Column<DateTimeOffset>(nullable: true),
            Channel = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Notifications", x => x.Id));
        m.CreateIndex("IX_Notifications_EventId_SeekerId_Kind", "Notifications", ["EventId", "SeekerId", "Kind"], unique: true);
        m.CreateIndex("IX_Notifications_SeekerId", "Notifications", "SeekerId");

        m.CreateTable("PublicHolidays", t => new
        {
            Date = t.Column<DateOnly>(nullable: false),
            Name = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_PublicHolidays", x => x.Date));
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("PublicHolidays");
        m.DropTable("Notifications");
        m.DropTable("EventInterviews");
        m.DropTable("EventSeekers");
        m.DropTable("EventEmployers");
        m.DropTable("Events");
        m.DropTable("EventSeries");
    }
}
