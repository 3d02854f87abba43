using System.Text.Json;
using Matching.Domain.Matching;
using Matching.Domain.Profiles;
using Matching.Infrastructure;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Matching.IntegrationTests.Matches;

/// <summary>
/// The start-up load reads the store past EF's entities. It must fill the index with exactly the profiles a plain
/// EF read gives (<see cref="ProfileProjection"/>), field for field, and the loaded index must answer every subject as
/// a brute-force ranking of those profiles does. The demo population plus rows shaped to trip a hand-written reader:
/// escapes and surrogate pairs in JSON strings, a long string, nulls, empty lists, fractional years, rows to leave out.
/// </summary>
public sealed class IndexLoadTests
{
    [Fact]
    public async Task The_loaded_index_holds_the_stored_profiles_and_answers_as_brute_force_on_sqlite()
    {
        await using var factory = new MatchingApiFactory("Sqlite", null, Demo);
        await LoadsAsStoredAsync(factory);
    }

    [PostgresFact]
    public async Task The_loaded_index_holds_the_stored_profiles_and_answers_as_brute_force_on_postgresql()
    {
        await using var factory = new MatchingApiFactory("PostgreSql", PostgresFactAttribute.NewDatabase(), Demo);
        await LoadsAsStoredAsync(factory);
    }

    private static readonly Dictionary<string, string> Demo = new() { ["Matching:Demo:Seed"] = "true" };

    private static async Task LoadsAsStoredAsync(MatchingApiFactory factory)
    {
        var index = factory.Services.GetRequiredService<ICandidateIndex>();
        await AddAwkwardRowsAsync(factory.Services);

        var (seekers, openings) = await factory.Services.GetServices<IHostedService>().OfType<CandidateIndexLoader>().Single().ReloadAsync(default);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        var expectedSeekers = (await db.Seekers.AsNoTracking().Where(ProfileProjection.MatchableSeekers).ToListAsync())
            .Select(s => s.ToProfile()).OrderBy(s => s.Id).ToList();
        var expectedOpenings = (await db.Openings.AsNoTracking().Include(o => o.Employer).Where(o => o.Status == OpeningStatus.Open).ToListAsync())
            .Select(o => o.ToProfile()).OrderBy(o => o.Id).ToList();
        Assert.True(expectedSeekers.Count > 300, $"only {expectedSeekers.Count} seekers stored");
        Assert.Equal((expectedSeekers.Count, expectedOpenings.Count), (seekers, openings));

        var read = new StoredProfiles(db);
        Assert.Equal(expectedOpenings.Select(Json), (await read.OpeningsAsync(default)).OrderBy(o => o.Id).Select(Json));
        Assert.Equal(expectedSeekers.Select(Json), read.Seekers().OrderBy(s => s.Id).Select(Json));

        var ranker = new MatchRanker(
            scope.ServiceProvider.GetRequiredService<IOptions<ScoringOptions>>().Value, scope.ServiceProvider.GetRequiredService<RelatedOccupations>(),
            scope.ServiceProvider.GetRequiredService<CommuteBusRoutes>(), scope.ServiceProvider.GetRequiredService<IOccupationNames>());
        var today = scope.ServiceProvider.GetRequiredService<TimeProvider>().Today();
        foreach (var opening in expectedOpenings)
        {
            Assert.Equal(Json(ranker.TopSeekersForOpening(opening, expectedSeekers, 50, today)), Json(index.TopSeekersForOpening(opening.Id, 50, today)));
        }

        foreach (var seeker in expectedSeekers)
        {
            Assert.Equal(Json(ranker.TopOpeningsForSeeker(seeker, expectedOpenings, 50, today)), Json(index.TopOpeningsForSeeker(seeker.Id, 50, today)));
        }

        Assert.Contains(expectedSeekers, s => s.Skills.Contains(LongSkill));
    }

    private static readonly string LongSkill = "긴 기술 " + new string('가', 300);

    /// <summary>Rows a hand-written reader could get wrong, added beside the demo's (which already hold Korean text, stored escaped).</summary>
    private static async Task AddAwkwardRowsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        var now = DateTimeOffset.UtcNow;
        var employer = await db.Employers.FirstAsync();
        var place = new StoredAddress("인천광역시", "서구", "청라동", 37.5364, 126.6477, false);
        Seeker Seeker(string name, Action<Seeker> shape)
        {
            var seeker = new Seeker
            {
                Id = Guid.NewGuid(), Version = 3, Status = ProfileStatus.Active, Name = name, Address = place, BirthYear = 1966,
                Gender = Gender.Female, DesiredOccupations = ["5501"], PrimaryOccupation = "5501", ConsentToMatching = true,
                RegisteredOn = new DateOnly(2026, 1, 5), CreatedAt = now, UpdatedAt = now.AddDays(-3),
            };
            shape(seeker);
            return seeker;
        }

        db.Seekers.AddRange(
            Seeker("따옴표", s =>
            {
                s.Skills = ["C++ \"고급\"", "탭\t문자", "백슬래시 \\ ", "이모지 😀", LongSkill, "간병"];
                s.Certificates = ["요양보호사", "</script>&"];
                s.Experience = [new ExperienceItem("5501", 2.5), new ExperienceItem("0231", 0.25)];
                s.Programmes = [Programme.NewMiddleAge, Programme.Youth];
                s.EmploymentTypes = [EmploymentType.Permanent, EmploymentType.PartTime];
                s.DesiredOccupations = ["5501", "55", "0231"];
                s.DesiredWageUnit = WageUnit.Monthly;
                s.DesiredWageAmount = 2_400_000;
                s.Education = Education.College;
                s.MaxCommuteMinutes = 45;
            }),
            Seeker("", s =>
            {
                s.Name = null;
                s.Address = null;
                s.AcceptsAnyOccupation = true;
            }),
            Seeker("미분류", s => (s.DesiredOccupations, s.PrimaryOccupation) = ([], "")),
            Seeker("미동의", s => s.ConsentToMatching = false),
            Seeker("탈퇴", s => s.Withdraw(now)));
        db.Openings.AddRange(
            new Opening
            {
                Id = Guid.NewGuid(), Version = 2, EmployerId = employer.Id, Status = OpeningStatus.Open, Title = "따옴표 \"공고\"", Occupation = "5501",
                Headcount = 3, Filled = 1, WageUnit = WageUnit.Hourly, WageMin = 11_000, EmploymentType = EmploymentType.Contract, Address = place,
                IndustrialPark = "청라", RequiredCertificates = ["요양보호사"], PreferredSkills = ["탭\t문자", "이모지 😀"],
                WelcomesProgrammes = [Programme.Youth], ClosesOn = new DateOnly(2099, 1, 1), PostedOn = new DateOnly(2026, 1, 5), CreatedAt = now, UpdatedAt = now,
            },
            new Opening
            {
                Id = Guid.NewGuid(), Version = 1, EmployerId = employer.Id, Status = OpeningStatus.Closed, Title = "마감", Occupation = "5501",
                Headcount = 1, WageUnit = WageUnit.Monthly, WageMin = 2_200_000, Address = place, ClosesOn = new DateOnly(2099, 1, 1),
                PostedOn = new DateOnly(2026, 1, 5), CreatedAt = now, UpdatedAt = now,
            });
        await db.SaveChangesAsync();
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
