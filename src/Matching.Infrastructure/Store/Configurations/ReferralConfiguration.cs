using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Matching.Infrastructure.Store.Configurations;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> b)
    {
        b.ToTable("Referrals");
        b.HasKey(x => x.Id);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Status).HasConversion<string>();
        b.Property(x => x.History).HasJsonConversion();
        b.HasOne<Seeker>().WithMany().HasForeignKey(x => x.SeekerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Opening>().WithMany().HasForeignKey(x => x.OpeningId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.SeekerId);
        b.HasIndex(x => x.OpeningId);
        b.HasIndex(x => x.HiredOn);
    }
}
