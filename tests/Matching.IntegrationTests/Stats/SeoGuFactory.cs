using System.Net;
using System.Net.Http.Json;
using Matching.Domain.Profiles;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Stats;

/// <summary>A host holding 서구's 2023 and 2024 records, loaded once for the class.</summary>
public sealed class SeoGuFactory : IAsyncLifetime
{
    private readonly MatchingApiFactory factory = new();
    private HttpClient? client;

    public Task<HttpClient> LoginAsync() => factory.LoginAsync();

    public Task<HttpClient> LoadedClientAsync() => Task.FromResult(client!);

    public async Task InitializeAsync()
    {
        client = await factory.LoginAsync();
        var employer = await HttpAssert.JsonAsync(await client.PostAsJsonAsync("/api/employers", Bodies.Employer(Bodies.BusinessNumber(31_544))), HttpStatusCode.Created);
        var employerId = employer.GetProperty("id").GetGuid();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = DateTimeOffset.UtcNow;
        var address = new StoredAddress("인천광역시", "서구", null, 37.5, 126.6, true);
        foreach (var year in new[] { SeoGuTables.Y2023, SeoGuTables.Y2024 })
        {
            foreach (var (occupation, headcount, postedOn) in SeoGuTables.Openings(year))
            {
                db.Openings.Add(new Opening
                {
                    Id = Guid.NewGuid(), Version = 1, EmployerId = employerId, Status = OpeningStatus.Closed, Title = "채용", Occupation = occupation,
                    Headcount = headcount, WageUnit = WageUnit.Hourly, WageMin = 10_000, Address = address, PostedOn = postedOn, ClosesOn = postedOn,
                    CreatedAt = now, UpdatedAt = now,
                });
            }

            foreach (var p in SeoGuTables.Seekers(year))
            {
                var occupation = p.Occupation ?? "0";
                db.Seekers.Add(new Seeker
                {
                    Id = Guid.NewGuid(), Version = 1, Status = ProfileStatus.Active, Gender = Enum.Parse<Gender>(p.Gender), BirthYear = p.BirthYear,
                    DesiredOccupations = [occupation], PrimaryOccupation = occupation, RegisteredOn = p.RegisteredOn, CreatedAt = now, UpdatedAt = now,
                });
            }

            foreach (var p in SeoGuTables.Placements(year))
            {
                db.PlacementRecords.Add(new PlacementRecord
                {
                    Id = Guid.NewGuid(), Gender = Enum.Parse<Gender>(p.Gender), BirthYear = p.BirthYear, Occupation = p.Occupation,
                    RegisteredOn = p.RegisteredOn, HiredOn = p.HiredOn,
                });
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();
}
