using System.Diagnostics;
using Matching.Benchmarks.Events;
using Matching.Domain.Matching;
using Matching.Domain.Profiles;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Matching.Benchmarks.Matching;

/// <summary>
/// Fills a store for <see cref="RestartLoad"/> with <see cref="SyntheticPopulation"/>'s seekers and openings, written as
/// the service stores them: the service's own migrations, then <see cref="BulkInsert"/> (the import's insert path,
/// the EF model's column mappings) in transactions of <see cref="Batch"/> rows. A store already holding the asked
/// counts is reused as it is. No outbox rows are written: the dispatcher would otherwise publish them after start.
/// </summary>
internal sealed class RestartStore(StoreProvider provider, string connectionString)
{
    private const int Batch = 20_000;
    private const int Employers = 2_000;

    public StoreProvider Provider => provider;

    public string ConnectionString => connectionString;

    /// <summary>Migrates, then fills unless the store holds exactly these counts (anything else is emptied first).</summary>
    public async Task EnsureFilledAsync(int seekers, int openings, int seed)
    {
        using var host = Host();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
            await db.Database.MigrateAsync();
            var (storedSeekers, storedOpenings) = (await db.Seekers.CountAsync(), await db.Openings.CountAsync());
            if (storedSeekers == seekers && storedOpenings == openings)
            {
                Console.WriteLine($"  {provider}: store already holds {seekers:N0} seekers and {openings:N0} openings: reused");
                return;
            }

            Console.WriteLine($"  {provider}: store holds {storedSeekers:N0} seekers and {storedOpenings:N0} openings; filling anew");
            await db.Openings.ExecuteDeleteAsync();
            await db.Seekers.ExecuteDeleteAsync();
            await db.Employers.ExecuteDeleteAsync();
        }

        var watch = Stopwatch.StartNew();
        var population = new SyntheticPopulation(seed);
        var shift = DateTimeOffset.UtcNow - new DateTimeOffset(SyntheticPopulation.Today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var employers = Enumerable.Range(0, Employers).Select(EmployerRow).ToArray();
        await InsertAsync(host, employers);
        for (var done = 0; done < seekers; done += Batch)
        {
            await InsertAsync(host, population.Seekers(Math.Min(Batch, seekers - done)).Select(s => SeekerRow(s, shift)).ToList());
            Console.Write($"\r  {provider}: {done + Math.Min(Batch, seekers - done):N0} seekers stored, {watch.Elapsed.TotalSeconds:F0} s");
        }

        for (var done = 0; done < openings; done += Batch)
        {
            var batch = population.Openings(Math.Min(Batch, openings - done));
            await InsertAsync(host, batch.Select((o, i) => OpeningRow(o, employers[(done + i) % Employers].Id, shift)).ToList());
        }

        Console.WriteLine($"\r  {provider}: filled {seekers:N0} seekers, {openings:N0} openings and {Employers:N0} employers in {watch.Elapsed.TotalSeconds:F0} s");
    }

    private IHost Host()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{StoreOptions.SectionName}:Provider"] = provider.ToString(),
            [$"{StoreOptions.SectionName}:ConnectionString"] = connectionString,
        });
        builder.AddMatchingStore();
        return builder.Build();
    }

    private static async Task InsertAsync<T>(IHost host, IReadOnlyList<T> rows)
        where T : class
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        await db.Database.OpenConnectionAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.InsertAsync(rows);
        await transaction.CommitAsync();
    }

    private static Employer EmployerRow(int i) => new()
    {
        Id = Guid.CreateVersion7(),
        Version = 1,
        Name = $"(주)재시작{i:D4}",
        BusinessNumber = PrematchLoad.BusinessNumber(900_000 + i),
        Address = new StoredAddress("인천광역시", "서구", null, 37.5453, 126.6760, true),
        Size = (EmployerSize)(i % 4),
        CreatedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };

    /// <summary>An inactive synthetic seeker is stored as a withdrawn one is: personal data erased.</summary>
    private static Seeker SeekerRow(SeekerProfile s, TimeSpan shift)
    {
        var row = ActiveSeekerRow(s, shift);
        if (!s.Active)
        {
            row.Withdraw(row.UpdatedAt);
        }

        return row;
    }

    private static Seeker ActiveSeekerRow(SeekerProfile s, TimeSpan shift) => new()
    {
        Id = s.Id,
        Version = 1,
        Status = ProfileStatus.Active,
        Name = "구직자",
        Phone = "010-0000-0000",
        // The synthetic population places people by coordinates only; the district named here is not read by matching.
        Address = s.Latitude is double lat && s.Longitude is double lon ? new StoredAddress("서울특별시", "중구", null, lat, lon, false) : null,
        Skills = [.. s.Skills],
        Certificates = [.. s.Certificates],
        Experience = [.. s.Experience.Select(e => new ExperienceItem(e.Occupation, e.Years))],
        Education = s.Education,
        Programmes = [.. s.Programmes],
        DesiredWageUnit = s.DesiredWageUnit,
        DesiredWageAmount = s.DesiredWageUnit is null ? null : s.DesiredWage,
        EmploymentTypes = [.. s.EmploymentTypes],
        MaxCommuteMinutes = s.MaxCommuteMinutes,
        ConsentToMatching = s.ConsentToMatching,
        AcceptsAnyOccupation = s.AcceptsAnyOccupation,
        BirthYear = s.BirthYear,
        Gender = s.Gender,
        DesiredOccupations = [.. s.DesiredOccupations],
        PrimaryOccupation = s.DesiredOccupations.FirstOrDefault() ?? "",
        RegisteredOn = DateOnly.FromDateTime((s.UpdatedAt + shift).UtcDateTime),
        CreatedAt = s.UpdatedAt + shift,
        UpdatedAt = s.UpdatedAt + shift,
    };

    private static Opening OpeningRow(OpeningProfile o, Guid employerId, TimeSpan shift) => new()
    {
        Id = o.Id,
        Version = 1,
        EmployerId = employerId,
        Status = o.Active ? OpeningStatus.Open : OpeningStatus.Closed,
        Title = $"{o.Occupation} 채용",
        Occupation = o.Occupation,
        Headcount = o.Headcount,
        Filled = Math.Min(o.Filled, o.Headcount),
        WageUnit = o.WageUnit,
        WageMin = o.WageMin,
        WageMax = o.WageMax,
        EmploymentType = o.EmploymentType,
        WorkHoursPerWeek = o.WorkHours,
        Address = new StoredAddress("인천광역시", "서구", null, o.Latitude, o.Longitude, false),
        IndustrialPark = o.IndustrialPark,
        RequiredCertificates = [.. o.RequiredCertificates],
        PreferredSkills = [.. o.PreferredSkills],
        MinExperienceYears = o.MinExperienceYears,
        Education = o.Education,
        WelcomesProgrammes = [.. o.WelcomesProgrammes],
        ClosesOn = o.ClosesOn.AddDays(shift.Days),
        PostedOn = DateOnly.FromDateTime((o.PostedAt + shift).UtcDateTime),
        CreatedAt = o.PostedAt + shift,
        UpdatedAt = o.PostedAt + shift,
    };
}
