using Matching.Domain.Matching;
using Matching.Domain.Profiles;
using static Matching.UnitTests.Matching.MatchingFixtures;

namespace Matching.UnitTests.Matching;

/// <summary>Seeded random seekers and openings crowded into a few occupations and ~30 km so that they collide a lot.</summary>
internal sealed class RandomPopulation(int seed, double spread = 1)
{
    private readonly Random _r = new(seed);

    private static readonly string[] Codes =
        ["5501", "5502", "5611", "5616", "5420", "5413", "3075", "3040", "2321", "2329", "8900", "6244", "6230", "8722", "5323", "5312", "0272", "0292", "6130", "1332"];
    private static readonly string[] Coarse = ["55", "550", "56", "5", "89", "02", "30", "87"];
    private static readonly string[] Certs = ["요양보호사", "간호조무사", "지게차운전기능사", "조리기능사", "운전면허"];
    private static readonly string[] SkillPool = ["치매 케어", "목욕 보조", "엑셀", "한식 조리", "상담", "포장", "검수", "운전"];
    private static readonly string[] Parks = ["검단산단", "I-FOOD PARK", "청라 IHP"];
    private static readonly (double Lat, double Lon)[] Stops = [(37.5690, 126.6737), (37.5930, 126.6720), (37.5185, 126.6760)];

    private T Pick<T>(T[] items) => items[_r.Next(items.Length)];
    private T[] Some<T>(T[] items, int max) => [.. Enumerable.Range(0, _r.Next(max + 1)).Select(_ => Pick(items)).Distinct()];
    private bool Chance(double p) => _r.NextDouble() < p;

    public SeekerProfile Seeker()
    {
        (double lat, double lon) = Chance(0.1) ? Pick(Stops) : (Lat + (_r.NextDouble() - 0.5) * 0.3 * spread, Lon + (_r.NextDouble() - 0.5) * 0.35 * spread);
        bool noPlace = Chance(0.05);
        var unit = (WageUnit)_r.Next(3);
        return new SeekerProfile
        {
            Id = NewGuid(),
            Active = Chance(0.95),
            ConsentToMatching = Chance(0.95),
            AcceptsAnyOccupation = Chance(0.1),
            DesiredOccupations = [.. Enumerable.Range(0, 1 + _r.Next(3)).Select(_ => Chance(0.2) ? Pick(Coarse) : Pick(Codes)).Distinct()],
            Latitude = noPlace ? null : lat,
            Longitude = noPlace ? null : lon,
            DesiredWageUnit = Chance(0.8) ? unit : null,
            DesiredWage = WageHours.HourlyToUnit(unit, 9_500 + _r.Next(6_000)),
            EmploymentTypes = Some(Enum.GetValues<EmploymentType>(), 2),
            MaxWeeklyHours = Chance(0.3) ? 20 + _r.Next(25) : null,
            MaxCommuteMinutes = Chance(0.8) ? 15 + _r.Next(60) : null,
            Skills = Some(SkillPool, 4),
            Certificates = Some(Certs, 2),
            Experience = [.. Enumerable.Range(0, _r.Next(3)).Select(_ => new ExperienceEntry(Pick(Codes), _r.Next(1, 40) / 4.0))],
            Education = Chance(0.8) ? (Education)_r.Next(6) : null,
            Programmes = Some(Enum.GetValues<Programme>(), 2),
            BirthYear = 1950 + _r.Next(56),
            Gender = (Gender)_r.Next(2),
            Nationality = Chance(0.9) ? "KR" : "VN",
            Disability = Chance(0.05),
            UpdatedAt = Now.AddDays(-_r.Next(200)),
        };
    }

    public OpeningProfile Opening()
    {
        var unit = (WageUnit)_r.Next(3);
        long min = WageHours.HourlyToUnit(unit, 10_030 + _r.Next(4_000));
        return new OpeningProfile
        {
            Id = NewGuid(),
            EmployerId = NewGuid(),
            EmployerName = "기업",
            Title = "모집",
            Occupation = Chance(0.05) ? Pick(Coarse) : Pick(Codes),
            Headcount = 1 + _r.Next(3),
            Filled = Chance(0.1) ? 3 : 0,
            WageUnit = unit,
            WageMin = min,
            WageMax = Chance(0.5) ? min + min / 10 : null,
            EmploymentType = (EmploymentType)_r.Next(4),
            WorkHours = Chance(0.7) ? 15 + _r.Next(30) : null,
            Latitude = Lat + (_r.NextDouble() - 0.5) * 0.3 * spread,
            Longitude = Lon + (_r.NextDouble() - 0.5) * 0.35 * spread,
            RequiredCertificates = Chance(0.3) ? Some(Certs, 1) : [],
            PreferredSkills = Some(SkillPool, 3),
            MinExperienceYears = Chance(0.3) ? _r.Next(1, 5) : null,
            Education = Chance(0.4) ? (Education)_r.Next(5) : null,
            WelcomesProgrammes = Some(Enum.GetValues<Programme>(), 2),
            ClosesOn = Today.AddDays(_r.Next(-10, 60)),
            PostedAt = Now.AddDays(-_r.Next(120)),
            IndustrialPark = Chance(0.2) ? Pick(Parks) : null,
            Active = Chance(0.95),
        };
    }

    public Guid NewGuid()
    {
        Span<byte> b = stackalloc byte[16];
        _r.NextBytes(b);
        return new Guid(b);
    }
}
