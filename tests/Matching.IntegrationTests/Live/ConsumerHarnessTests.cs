using MassTransit;
using MassTransit.Testing;
using Matching.Contracts;
using Matching.Domain.Profiles;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Matching.Infrastructure.Suggestions;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Matching.IntegrationTests.Live;

/// <summary>Each worker consumer on MassTransit's test harness, over a real SQLite store and the embedded index.</summary>
public sealed class ConsumerHarnessTests : IAsyncLifetime
{
    private readonly string database = Path.Combine(Path.GetTempPath(), $"matching-harness-{Guid.NewGuid():N}.db");
    private IHost host = null!;
    private ITestHarness harness = null!;

    public async Task InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Matching:Store:ConnectionString"] = $"Data Source={database}";
        builder.AddMatchingStore();
        builder.AddCandidateIndex();
        builder.AddMatchingWorker();
        builder.Services.AddMassTransitTestHarness(bus => bus.AddWorkerConsumers());
        host = builder.Build();
        await host.StartAsync();
        harness = host.Services.GetTestHarness();
        // A batch waits for company and the first recompute warms EF up: allow for both before "inactive".
        harness.TestInactivityTimeout = TimeSpan.FromSeconds(5);
    }

    public async Task DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(database);
    }

    private async Task<(Seeker Seeker, Opening Opening)> SeedAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        var now = DateTimeOffset.UtcNow;
        var address = new StoredAddress("인천광역시", "서구", null, 37.545, 126.676, true);
        var employer = new Employer { Id = Guid.NewGuid(), Name = "(주)하네스", BusinessNumber = "220-81-62517", Address = address, CreatedAt = now, UpdatedAt = now };
        var opening = new Opening
        {
            Id = Guid.NewGuid(), Employer = employer, EmployerId = employer.Id, Title = "요양보호사", Occupation = "5501", Headcount = 1,
            WageUnit = WageUnit.Hourly, WageMin = 12_000, Address = address, ClosesOn = Bodies.Today.AddDays(30),
            PostedOn = Bodies.Today, CreatedAt = now, UpdatedAt = now,
        };
        var seeker = new Seeker
        {
            Id = Guid.NewGuid(), Name = "최하네", BirthYear = 1975, Gender = Gender.Female, Address = address,
            DesiredOccupations = ["5501"], PrimaryOccupation = "5501", ConsentToMatching = true,
            RegisteredOn = Bodies.Today, CreatedAt = now, UpdatedAt = now,
        };
        db.AddRange(employer, opening, seeker);
        await db.SaveChangesAsync();
        await host.Services.GetRequiredService<IndexFollower>().CatchUpAsync();
        return (seeker, opening);
    }

    [Fact]
    public async Task SeekerChangedConsumer_stores_and_announces_both_lists_without_faults()
    {
        var (seeker, opening) = await SeedAsync();

        await harness.Bus.Publish(new SeekerChanged(seeker.Id, 1));

        await harness.InactivityTask;
        Assert.True(Announced().Any(m => m.Subject == "opening" && m.Id == opening.Id
            && m.Matches.Any(s => s.SeekerId == seeker.Id && s.SeekerName == "최하네")),
            string.Join("; ", Announced().Select(m => $"{m.Subject} {m.Id} v{m.Version} n{m.Matches.Count}")) + $" opening {opening.Id} seeker {seeker.Id}");
        Assert.Contains(Announced(), m => m.Subject == "seeker" && m.Id == seeker.Id && m.Version == 1);
        Assert.False(await harness.Published.Any<Fault>());
    }

    [Fact]
    public async Task OpeningChangedConsumer_stores_and_announces_both_lists_without_faults()
    {
        var (seeker, opening) = await SeedAsync();

        await harness.Bus.Publish(new OpeningChanged(opening.Id, 1));

        await harness.InactivityTask;
        Assert.True(await harness.Consumed.Any<OpeningChanged>(m => m.Context.Message.OpeningId == opening.Id));
        Assert.Contains(Announced(), m => m.Subject == "seeker" && m.Id == seeker.Id && m.Matches.Any(s => s.OpeningId == opening.Id));
        Assert.False(await harness.Published.Any<Fault>());
    }

    [Fact]
    public async Task A_duplicated_change_leaves_the_lists_as_they_are_and_announces_nothing_more()
    {
        var (seeker, _) = await SeedAsync();
        await harness.Bus.Publish(new SeekerChanged(seeker.Id, 1));
        Assert.True(await harness.Published.Any<SuggestionListsUpdated>(m => m.Context.Message.Lists.Any(l => l.Id == seeker.Id)));
        await harness.InactivityTask;
        var announced = Announced().Count;

        await harness.Bus.Publish(new SeekerChanged(seeker.Id, 1));
        await harness.Bus.Publish(new SeekerChanged(seeker.Id, 1));
        await harness.InactivityTask;

        Assert.Equal(announced, Announced().Count);
        Assert.False(await harness.Published.Any<Fault>());
    }

    /// <summary>Every list announced so far, out of the batches they were published in.</summary>
    private List<SuggestionsUpdated> Announced() =>
        [.. harness.Published.Select<SuggestionListsUpdated>().SelectMany(p => p.Context.Message.Lists)];
}
