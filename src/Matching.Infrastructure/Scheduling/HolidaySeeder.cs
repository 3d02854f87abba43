using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Matching.Infrastructure.Scheduling;

/// <summary>
/// Fills an empty PublicHolidays table from the shipped file. Once it holds anything it is the
/// organisers' list (PUT/DELETE /api/holidays) and is left alone.
/// </summary>
internal sealed class HolidaySeeder(IServiceScopeFactory scopes, ILogger<HolidaySeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        if (await db.PublicHolidays.AnyAsync(cancellationToken))
        {
            return;
        }

        var holidays = PublicHolidayFile.Read();
        db.PublicHolidays.AddRange(holidays);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Seeded {Count} public holidays", holidays.Count);
        }
        catch (DbUpdateException)
        {
            // Two nodes starting on an empty store: the other one's rows are as good as ours.
            if (!await AnotherNodeSeededAsync(scopes, cancellationToken))
            {
                throw;
            }

            logger.LogInformation("Public holidays were seeded by another node");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task<bool> AnotherNodeSeededAsync(IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MatchingDbContext>().PublicHolidays.AnyAsync(cancellationToken);
    }
}
