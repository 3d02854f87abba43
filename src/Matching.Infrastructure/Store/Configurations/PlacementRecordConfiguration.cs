using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Matching.Infrastructure.Store.Configurations;

internal sealed class PlacementRecordConfiguration : IEntityTypeConfiguration<PlacementRecord>
{
    public void Configure(EntityTypeBuilder<PlacementRecord> b)
    {
        b.ToTable("PlacementRecords");
        b.HasKey(x => x.Id);
        b.Property(x => x.Gender).HasConversion<string>();
        b.HasIndex(x => x.HiredOn);
    }
}
