using Matching.Infrastructure.Store.Configurations;
using Matching.Infrastructure.Store.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Matching.Infrastructure.Store;

public sealed class MatchingDbContext(DbContextOptions<MatchingDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Seeker> Seekers => Set<Seeker>();
    public DbSet<Employer> Employers => Set<Employer>();
    public DbSet<Opening> Openings => Set<Opening>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<PlacementRecord> PlacementRecords => Set<PlacementRecord>();
    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();
    public DbSet<ImportChunk> ImportChunks => Set<ImportChunk>();
    public DbSet<ImportError> ImportErrors => Set<ImportError>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<KoreaTimeConverter>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MatchingDbContext).Assembly);
    }
}
