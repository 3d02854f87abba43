using Matching.Infrastructure.Outbox;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Matching.Infrastructure.Store;

public static class StoreExtensions
{
    /// <summary>The store engine is chosen here and nowhere else, from <c>Matching:Store</c>.</summary>
    public static IHostApplicationBuilder AddMatchingStore(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(StoreOptions.SectionName).Get<StoreOptions>() ?? new StoreOptions();
        builder.Services.AddOptions<StoreOptions>().BindConfiguration(StoreOptions.SectionName).ValidateOnStart();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<OutboxSignal>();
        // Pooled: a new context per request cost a match answer a tenth of its server CPU in service resolution (match-http).
        builder.Services.AddDbContextPool<MatchingDbContext>(db =>
        {
            // An id list goes as one parameter (an array on PostgreSQL, JSON on SQLite): EF's default of one
            // variable per id fails past SQLite's 32,766, which a batch of suggestion lists reaches.
            switch (options.Provider)
            {
                case StoreProvider.PostgreSql:
                    db.UseNpgsql(options.ConnectionString, o => o.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
                    break;
                default:
                    var sqlite = PrepareSqlite(options.ConnectionString);
                    var busyTimeout = TimeSpan.FromSeconds(new SqliteConnectionStringBuilder(sqlite).DefaultTimeout);
                    db.UseSqlite(sqlite, o => o.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)).AddInterceptors(
                        new SqliteConnectionSettings(busyTimeout,
                            // ~40 MB of log. match-http wrote 28 % fewer bytes at 20,000 pages than at SQLite's 1,000, and 43 % fewer
                            // at this one together with the access records' longer groups.
                            checkpointPages: 10_000),
                        new SqliteWriteGate(busyTimeout));
                    break;
            }

            // Migrations are written by hand without a model snapshot, so EF cannot diff them.
            db.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });

        builder.Services.AddHostedService<StoreMigrator>();
        return builder;
    }

    private static string PrepareSqlite(string connectionString)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(csb.DataSource) && csb.DataSource != ":memory:" && csb.Mode != SqliteOpenMode.Memory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(csb.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        // A busy writer makes other connections wait instead of failing at once.
        csb.DefaultTimeout = Math.Max(csb.DefaultTimeout, 30);
        return csb.ToString();
    }
}
