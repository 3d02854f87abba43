using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matching.Infrastructure.Scheduling;

/// <summary>
/// Creates the qrtz_* tables of Quartz's persistent store on PostgreSQL before the scheduler is built
/// (hosted services start in order, and this one is registered before Quartz's). Nothing on SQLite,
/// where Quartz keeps its schedule in memory.
/// </summary>
internal sealed class QuartzSchema(IServiceScopeFactory scopes, IOptions<StoreOptions> store, ILogger<QuartzSchema> logger) : IHostedService
{
    private const string ResourceName = "Matching.Infrastructure.Scheduling.quartz-postgres.sql";

    // Any constant shared by every node: nodes starting together take turns, since concurrent
    // CREATE TABLE IF NOT EXISTS can still collide in PostgreSQL's catalog.
    private const long AdvisoryLock = 0x5152545A_53434845;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (store.Value.Provider != StoreProvider.PostgreSql)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryLock})", cancellationToken);
        await db.Database.ExecuteSqlRawAsync(Script(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Quartz tables ready on PostgreSQL");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal static string Script()
    {
        using var stream = typeof(QuartzSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
