using System.Reflection;
using Matching.Domain.Matching;
using Matching.Domain.Profiles;

namespace Matching.UnitTests.Matching;

/// <summary>Profiles with sensible defaults, the shipped tables, and KECO names read from keco2018.tsv.</summary>
internal static class MatchingFixtures
{
    public static readonly DateOnly Today = new(2025, 6, 2);
    public static readonly DateTimeOffset Now = new(2025, 6, 2, 9, 0, 0, TimeSpan.FromHours(9));

    // 인천 서구청 and points east of it (1 km ≈ 0.01127° of longitude at this latitude).
    public const double Lat = 37.5453, Lon = 126.6760;
    public static readonly double DegLonPerKm = 1 / (6371.0088 * Math.PI / 180 * Math.Cos(Lat * Math.PI / 180));

    public static readonly RelatedOccupations Related = RelatedOccupations.LoadDefault();
    public static readonly CommuteBusRoutes Routes = CommuteBusRoutes.LoadDefault();
    public static readonly IOccupationNames Names = LoadNames();

    public static MatchScorer Scorer(ScoringOptions? options = null) => new(options ?? new ScoringOptions(), Related, Routes, Names);
    public static MatchRanker Ranker(ScoringOptions? options = null) => new(options ?? new ScoringOptions(), Related, Routes, Names);
    public static EmbeddedCandidateIndex Index(ScoringOptions? options = null) => new(options ?? new ScoringOptions(), Related, Routes, Names);

    public static SeekerProfile Seeker(params string[] wishes) => new()
    {
        Id = Guid.NewGuid(),
        DisplayName = "구직자",
        DesiredOccupations = wishes.Length == 0 ? ["5501"] : wishes,
        Latitude = Lat,
        Longitude = Lon,
        MaxCommuteMinutes = 60,
        BirthYear = 1980,
        Gender = Gender.Female,
        UpdatedAt = Now,
    };

    public static OpeningProfile Opening(string occupation = "5501") => new()
    {
        Id = Guid.NewGuid(),
        EmployerId = Guid.NewGuid(),
        EmployerName = "서구요양원",
        Title = "요양보호사 모집",
        Occupation = occupation,
        Headcount = 2,
        WageUnit = WageUnit.Hourly,
        WageMin = 11_000,
        EmploymentType = EmploymentType.Permanent,
        Latitude = Lat,
        Longitude = Lon,
        ClosesOn = Today.AddDays(30),
        PostedAt = Now,
    };

    /// <summary>A point <paramref name="km"/> east of the reference point.</summary>
    public static double LonAt(double km) => Lon + km * DegLonPerKm;

    private static IOccupationNames LoadNames()
    {
        var names = new Dictionary<string, string>();
        using var stream = typeof(ScoringOptions).Assembly.GetManifestResourceStream("Matching.Domain.Data.keco2018.tsv")!;
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var c = line.Split('\t');
            if (c.Length >= 4) names[c[0]] = c[3];
        }
        return new OccupationNames(code => names.GetValueOrDefault(code));
    }
}
