using Matching.Domain.Matching;
using Matching.Domain.Matching.TwoPhase;
using Matching.Domain.Occupations;
using Matching.Domain.Profiles;
using Matching.Infrastructure.Matching.Elasticsearch;
using Matching.IntegrationTests.Infrastructure;

namespace Matching.IntegrationTests.Elasticsearch;

/// <summary>The Elasticsearch engine over any transport, with fixed profiles for request shapes.</summary>
public static class EngineFixture
{
    public static readonly DateOnly Today = new(2025, 6, 2);
    public static readonly DateTimeOffset Now = new(2025, 6, 2, 9, 0, 0, TimeSpan.FromHours(9));
    public static readonly RelatedOccupations Related = RelatedOccupations.LoadDefault();
    public static readonly CommuteBusRoutes Routes = CommuteBusRoutes.LoadDefault();
    public static readonly IOccupationNames Names = new OccupationNames(code => OccupationCatalog.Keco2018.Find(code)?.Name);

    public static ElasticsearchCandidateIndex Engine(ElasticsearchOptions options, Elastic.Transport.IRequestInvoker? invoker = null, ScoringOptions? scoring = null)
    {
        scoring ??= new ScoringOptions();
        var connection = new ElasticsearchConnection(options, invoker);
        return new ElasticsearchCandidateIndex(connection, new ElasticsearchIndexes(connection), new IndexedProfiles(scoring, Routes),
            new CandidateQueries(scoring, Related, Routes), scoring, Related, Routes, Names);
    }

    public static ElasticsearchCandidateIndex Scripted(ScriptedElasticsearch es) => Engine(new ElasticsearchOptions { Url = "http://localhost:9200" }, es);

    /// <summary>A seeker with every field set, personal ones included, so a test can show which never leave the service.</summary>
    public static SeekerProfile Seeker() => new()
    {
        Id = Guid.Parse("0197a000-0000-7000-8000-000000000001"),
        Version = 3,
        DisplayName = "홍길동",
        DesiredOccupations = ["5501", "30"],
        Latitude = 37.5453,
        Longitude = 126.6760,
        MaxCommuteMinutes = 45,
        DesiredWageUnit = WageUnit.Monthly,
        DesiredWage = 2_300_000,
        EmploymentTypes = [EmploymentType.Permanent, EmploymentType.PartTime],
        MaxWeeklyHours = 40,
        Skills = ["치매 케어", " 목욕 보조 "],
        Certificates = ["요양보호사"],
        Experience = [new ExperienceEntry("5501", 2.5)],
        Education = Education.HighSchool,
        Programmes = [Programme.CareerBreakWoman, Programme.Youth],
        BirthYear = 1978,
        Gender = Gender.Female,
        Nationality = "KR",
        Disability = true,
        UpdatedAt = Now.AddDays(-3),
    };

    public static OpeningProfile Opening() => new()
    {
        Id = Guid.Parse("0197a000-0000-7000-8000-0000000000a1"),
        Version = 7,
        EmployerId = Guid.Parse("0197a000-0000-7000-8000-0000000000e1"),
        EmployerName = "서구요양원",
        Title = "요양보호사 모집",
        Occupation = "5501",
        Headcount = 2,
        WageUnit = WageUnit.Hourly,
        WageMin = 11_000,
        WageMax = 12_500,
        EmploymentType = EmploymentType.Permanent,
        WorkHours = 40,
        Latitude = 37.5500,
        Longitude = 126.6900,
        RequiredCertificates = ["요양보호사"],
        PreferredSkills = ["치매 케어"],
        MinExperienceYears = 1,
        Education = Education.HighSchool,
        WelcomesProgrammes = [Programme.CareerBreakWoman, Programme.NewMiddleAge],
        ClosesOn = Today.AddDays(30),
        PostedAt = Now.AddDays(-1),
        IndustrialPark = null,
    };

    /// <summary>An index definition as <c>infra/elasticsearch</c> holds it.</summary>
    public static string InfraFile(string name) =>
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "infra", "elasticsearch", name)).Replace("\r\n", "\n");

    public static string GoldenPath(string name) => Path.Combine(RepositoryPaths.Root, "tests", "Matching.IntegrationTests", "Elasticsearch", "Golden", name);

    /// <summary>Compares with the golden file; MATCHING_UPDATE_GOLDEN=1 writes it instead (then read it before committing).</summary>
    public static void AssertGolden(string name, string actual)
    {
        var path = GoldenPath(name);
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("MATCHING_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"no golden file {path}: run with MATCHING_UPDATE_GOLDEN=1 and read what it wrote");
        Assert.Equal(File.ReadAllText(path).Replace("\r\n", "\n"), actual);
    }
}
