using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Matching.Infrastructure.Store.Configurations;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> b)
    {
        b.ToTable("AuditRecords");
        b.HasKey(x => x.Id);
        // Range-queried and sorted by time on both providers.
        b.Property(x => x.At).HasConversion<UnixMillisConverter>().HasColumnName("AtMs");
        b.Property(x => x.Action).HasConversion<string>();
        b.HasIndex(x => new { x.SubjectId, x.At });
        b.HasIndex(x => new { x.ActorId, x.At });
        b.HasIndex(x => x.At);
    }
}

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> b)
    {
        b.ToTable("ConsentRecords");
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasConversion<string>();
        b.HasIndex(x => x.SeekerId);
    }
}

internal sealed class SignInSessionConfiguration : IEntityTypeConfiguration<SignInSession>
{
    public void Configure(EntityTypeBuilder<SignInSession> b)
    {
        b.ToTable("SignInSessions");
        b.HasKey(x => x.Id);
        b.HasIndex(x => x.UserId);
    }
}
