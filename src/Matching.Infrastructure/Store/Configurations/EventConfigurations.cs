using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Matching.Infrastructure.Store.Configurations;

internal sealed class RecruitmentEventConfiguration : IEntityTypeConfiguration<RecruitmentEvent>
{
    public void Configure(EntityTypeBuilder<RecruitmentEvent> b)
    {
        b.ToTable("Events");
        b.HasKey(x => x.Id);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Kind).HasConversion<string>();
        b.Property(x => x.Status).HasConversion<string>();
        b.Property(x => x.PrematchStatus).HasConversion<string>();
        b.Property(x => x.Results).HasJsonConversion();
        b.Property(x => x.StartsAt).HasConversion<UnixMillisConverter>();
        b.Property(x => x.EndsAt).HasConversion<UnixMillisConverter>();
        b.HasIndex(x => x.StartsAt);
        b.HasIndex(x => x.EndsAt);
        b.HasIndex(x => new { x.SeriesId, x.StartsAt }).IsUnique();
    }
}

internal sealed class EventSeriesConfiguration : IEntityTypeConfiguration<EventSeries>
{
    public void Configure(EntityTypeBuilder<EventSeries> b)
    {
        b.ToTable("EventSeries");
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasConversion<string>();
    }
}

internal sealed class EventEmployerConfiguration : IEntityTypeConfiguration<EventEmployer>
{
    public void Configure(EntityTypeBuilder<EventEmployer> b)
    {
        b.ToTable("EventEmployers");
        b.HasKey(x => new { x.EventId, x.EmployerId });
        b.Property(x => x.OpeningIds).HasJsonConversion();
        b.HasOne<RecruitmentEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EventSeekerConfiguration : IEntityTypeConfiguration<EventSeeker>
{
    public void Configure(EntityTypeBuilder<EventSeeker> b)
    {
        b.ToTable("EventSeekers");
        b.HasKey(x => new { x.EventId, x.SeekerId });
        b.Property(x => x.Source).HasConversion<string>();
        b.HasOne<RecruitmentEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.SeekerId);
    }
}

internal sealed class EventInterviewConfiguration : IEntityTypeConfiguration<EventInterview>
{
    public void Configure(EntityTypeBuilder<EventInterview> b)
    {
        b.ToTable("EventInterviews");
        b.HasKey(x => x.Id);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Source).HasConversion<string>();
        b.Property(x => x.Status).HasConversion<string>();
        b.HasOne<RecruitmentEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.EventId, x.EmployerId });
        b.HasIndex(x => new { x.EventId, x.SeekerId });
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("Notifications");
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasConversion<string>();
        b.HasIndex(x => new { x.EventId, x.SeekerId, x.Kind }).IsUnique();
        b.HasIndex(x => x.SeekerId);
    }
}

internal sealed class PublicHolidayConfiguration : IEntityTypeConfiguration<PublicHoliday>
{
    public void Configure(EntityTypeBuilder<PublicHoliday> b)
    {
        b.ToTable("PublicHolidays");
        b.HasKey(x => x.Date);
    }
}
