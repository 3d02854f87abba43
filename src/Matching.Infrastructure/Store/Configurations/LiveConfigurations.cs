using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Matching.Infrastructure.Store.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("OutboxMessages");
        b.HasKey(x => x.Id);
        b.HasIndex(x => x.DispatchedAtMs);
    }
}

internal sealed class SuggestionListConfiguration : IEntityTypeConfiguration<SuggestionList>
{
    public void Configure(EntityTypeBuilder<SuggestionList> b)
    {
        b.ToTable("SuggestionLists");
        b.HasKey(x => new { x.Subject, x.SubjectId });
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Items).HasJsonConversion();
    }
}

internal sealed class SuggestionMemberConfiguration : IEntityTypeConfiguration<SuggestionMember>
{
    public void Configure(EntityTypeBuilder<SuggestionMember> b)
    {
        b.ToTable("SuggestionMembers");
        b.HasKey(x => new { x.Subject, x.SubjectId, x.CandidateId });
        // With the list's id in it, finding the lists that hold a candidate reads this index alone (see MembersByCandidate).
        b.HasIndex(x => new { x.Subject, x.CandidateId, x.SubjectId });
    }
}
