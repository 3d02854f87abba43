using Matching.Infrastructure.Outbox;
using Matching.Infrastructure.Store.Configurations;
using Matching.Infrastructure.Store.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.Infrastructure.Store;

public sealed class MatchingDbContext(DbContextOptions<MatchingDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options)
{
    // Taken from the application's services through the options, not the constructor: pooled contexts (AddMatchingStore)
    // are built from their options alone. A context built by hand, as in tools and tests, wakes no dispatcher.
    private readonly OutboxSignal? outboxSignal =
        options.FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<OutboxSignal>();

    public DbSet<Seeker> Seekers => Set<Seeker>();
    public DbSet<Employer> Employers => Set<Employer>();
    public DbSet<Opening> Openings => Set<Opening>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<PlacementRecord> PlacementRecords => Set<PlacementRecord>();
    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();
    public DbSet<ImportChunk> ImportChunks => Set<ImportChunk>();
    public DbSet<ImportError> ImportErrors => Set<ImportError>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<SuggestionList> SuggestionLists => Set<SuggestionList>();
    public DbSet<SuggestionMember> SuggestionMembers => Set<SuggestionMember>();
    public DbSet<RecruitmentEvent> Events => Set<RecruitmentEvent>();
    public DbSet<EventSeries> EventSeries => Set<EventSeries>();
    public DbSet<EventEmployer> EventEmployers => Set<EventEmployer>();
    public DbSet<EventSeeker> EventSeekers => Set<EventSeeker>();
    public DbSet<EventInterview> EventInterviews => Set<EventInterview>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<PublicHoliday> PublicHolidays => Set<PublicHoliday>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();
    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();
    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();

    /// <summary>Every saved seeker or opening also writes its change event, atomically with it.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var staged = StageChangeEvents();
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        Announce(staged);
        return written;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var staged = StageChangeEvents();
        var written = base.SaveChanges(acceptAllChangesOnSuccess);
        Announce(staged);
        return written;
    }

    /// <summary>
    /// Saves what was added, when nothing else changed, as one multi-row INSERT per table in one transaction (with
    /// the change events, as <see cref="SaveChangesAsync(bool, CancellationToken)"/> writes them); otherwise saves
    /// changes as usual. For the request path: a registration is four new rows, and SaveChanges spent a fifth of the
    /// process's CPU at four times the live bench load generating and tracking their statements. The statements go in one
    /// command, so to PostgreSQL in one round trip (and the commit in another). Values the store
    /// generates (identity numbers) are not read back; the context stops tracking the rows once they are saved.
    /// </summary>
    public async Task SaveNewRowsAsync(CancellationToken ct = default)
    {
        var added = ChangeTracker.Entries().ToList();
        if (added.Count == 0 || added.Any(e => e.State != EntityState.Added || !PlainRows(e.Metadata)))
        {
            await SaveChangesAsync(ct);
            return;
        }

        var events = ChangeEvents.Collect(added, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        var rows = added.GroupBy(e => e.Metadata).ToDictionary(g => g.Key, g => (IReadOnlyList<object>)[.. g.Select(e => e.Entity)]);
        rows[Model.FindEntityType(typeof(OutboxMessage))!] = events;
        await using (var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(ct) : null)
        {
            await this.InsertAsync(PrincipalsFirst(rows.Keys).Select(type => (type, rows[type])), ct);
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }
        }

        ChangeTracker.Clear();
        Announce(events.Count);
    }

    /// <summary>Whether a multi-row INSERT writes this type's rows whole: every column is a property of the row itself.</summary>
    private static bool PlainRows(IEntityType type) =>
        !type.IsOwned() && !type.GetComplexProperties().Any() && !type.GetNavigations().Any(n => n.TargetEntityType.IsOwned())
        && !type.GetProperties().Any(p => p.IsShadowProperty());

    /// <summary>The types in an order that inserts each row after the rows its foreign keys name.</summary>
    private static List<IEntityType> PrincipalsFirst(IEnumerable<IEntityType> types)
    {
        var left = types.ToList();
        var ordered = new List<IEntityType>();
        while (left.Count > 0)
        {
            var next = left.First(t => !t.GetForeignKeys().Any(k => k.PrincipalEntityType != t && left.Contains(k.PrincipalEntityType)));
            ordered.Add(next);
            left.Remove(next);
        }

        return ordered;
    }

    private int StageChangeEvents()
    {
        var events = ChangeEvents.Collect(this, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        OutboxMessages.AddRange(events);
        return events.Count;
    }

    private void Announce(int staged)
    {
        if (staged > 0)
        {
            outboxSignal?.Raise();
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<KoreaTimeConverter>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MatchingDbContext).Assembly);
    }
}
