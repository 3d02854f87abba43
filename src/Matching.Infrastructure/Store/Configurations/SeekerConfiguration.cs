using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Matching.Infrastructure.Store.Configurations;

internal sealed class SeekerConfiguration : IEntityTypeConfiguration<Seeker>
{
    public void Configure(EntityTypeBuilder<Seeker> b)
    {
        b.ToTable("Seekers");
        b.HasKey(x => x.Id);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Status).HasConversion<string>();
        b.Property(x => x.Gender).HasConversion<string>();
        b.Property(x => x.Education).HasConversion<string>();
        b.Property(x => x.DesiredWageUnit).HasConversion<string>();
        b.Property(x => x.Address).HasJsonConversion();
        b.Property(x => x.Skills).HasJsonConversion();
        b.Property(x => x.Certificates).HasJsonConversion();
        b.Property(x => x.Experience).HasJsonConversion();
        b.Property(x => x.Programmes).HasJsonConversion();
        b.Property(x => x.EmploymentTypes).HasJsonConversion();
        b.Property(x => x.DesiredOccupations).HasJsonConversion();
        // Covers the statistics' count of a period (see the StatsIndex migration).
        b.HasIndex(x => new { x.RegisteredOn, x.PrimaryOccupation, x.Gender, x.BirthYear });
    }
}
