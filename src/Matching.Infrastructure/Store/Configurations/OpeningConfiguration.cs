using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Matching.Infrastructure.Store.Configurations;

internal sealed class OpeningConfiguration : IEntityTypeConfiguration<Opening>
{
    public void Configure(EntityTypeBuilder<Opening> b)
    {
        b.ToTable("Openings");
        b.HasKey(x => x.Id);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Status).HasConversion<string>();
        b.Property(x => x.WageUnit).HasConversion<string>();
        b.Property(x => x.EmploymentType).HasConversion<string>();
        b.Property(x => x.Education).HasConversion<string>();
        b.Property(x => x.Address).HasJsonConversion();
        b.Property(x => x.RequiredCertificates).HasJsonConversion();
        b.Property(x => x.PreferredSkills).HasJsonConversion();
        b.Property(x => x.WelcomesProgrammes).HasJsonConversion();
        b.HasOne(x => x.Employer).WithMany().HasForeignKey(x => x.EmployerId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.EmployerId);
        b.HasIndex(x => x.PostedOn);
    }
}
