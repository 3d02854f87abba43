using MassTransit;
using Matching.Domain.Profiles;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Matching.Infrastructure.Suggestions;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Matching.IntegrationTests.Live;

/// <summary>The worker's services over a fresh SQLite store and the embedded index, on MassTransit's test harness.</summary>
public sealed class WorkerStore : IAsyncDisposable
{
    private static readonly StoredAddress Seogu = new("인천광역시", "서구", null, 37.545, 126.676, true);
    private readonly string database = Path.Combine(Path.GetTempPath(), $"matching-worker-{Guid.NewGuid():N}.db");

    private WorkerStore() { }

    public IHost Host { get; private set; } = null!;

    /// <summary>
    /// Without <paramref name="followInBackground"/> the index follows the change feed only when a test says so; with
    /// <paramref name="postgres"/> (a connection string) the store is that PostgreSQL database, else a SQLite file.
    /// </summary>
    public static async Task<WorkerStore> StartAsync(bool followInBackground = true, string? postgres = null)
    {
        var store = new WorkerStore();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration["Matching:Store:ConnectionString"] = postgres ?? $"Data Source={store.database}";
        if (postgres is not null)
        {
            builder.Configuration["Matching:Store:Provider"] = "PostgreSql";
        }

        builder.AddMatchingStore();
        builder.AddCandidateIndex();
        builder.AddMatchingWorker();
        builder.Services.AddMassTransitTestHarness(bus => bus.AddWorkerConsumers());
        if (!followInBackground)
        {
            builder.Services.Remove(builder.Services.Single(d => d.ImplementationType?.Name == "IndexFollowerService"));
        }

        store.Host = builder.Build();
        await store.Host.StartAsync();
        return store;
    }

    public AsyncServiceScope Scope() => Host.Services.CreateAsyncScope();

    public async Task<Opening> OpeningAsync(string title = "요양보호사")
    {
        await using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        var now = DateTimeOffset.UtcNow;
        // One employer posts them all (its business number is unique).
        var employer = await db.Employers.SingleOrDefaultAsync()
            ?? new Employer { Id = Guid.NewGuid(), Name = "(주)하네스", BusinessNumber = "220-81-62517", Address = Seogu, CreatedAt = now, UpdatedAt = now };
        var opening = new Opening
        {
            Id = Guid.NewGuid(), Employer = employer, EmployerId = employer.Id, Title = title, Occupation = "5501", Headcount = 1,
            WageUnit = WageUnit.Hourly, WageMin = 12_000, Address = Seogu, ClosesOn = Bodies.Today.AddDays(30),
            PostedOn = Bodies.Today, CreatedAt = now, UpdatedAt = now,
        };
        db.Add(opening);
        await db.SaveChangesAsync();
        return opening;
    }

    public async Task<Seeker> SeekerAsync(string name)
    {
        await using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        var now = DateTimeOffset.UtcNow;
        var seeker = new Seeker
        {
            Id = Guid.NewGuid(), Name = name, BirthYear = 1975, Gender = Gender.Female, Address = Seogu,
            DesiredOccupations = ["5501"], PrimaryOccupation = "5501", ConsentToMatching = true,
            RegisteredOn = Bodies.Today, CreatedAt = now, UpdatedAt = now,
        };
        db.Add(seeker);
        await db.SaveChangesAsync();
        return seeker;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(database);
    }
}
