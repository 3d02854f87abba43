using Matching.Domain.Profiles;

namespace Matching.Domain.Matching.TwoPhase;

/// <summary>
/// A seeker as an external engine stores it: only what the scorer reads, never name, contact, street,
/// gender, nationality or disability, plus values derived for the engine's filters (occupation levels,
/// hourly wage, parks in commute-bus reach). Birth year is kept because it alone decides 청년/신중년/어르신.
/// </summary>
public sealed record IndexedSeeker
{
    public const string Active = "active", Inactive = "inactive";

    public required Guid Id { get; init; }
    public long Version { get; init; }
    public required string Status { get; init; }
    public bool Consent { get; init; }
    public bool AcceptsAnyOccupation { get; init; }
    public required KecoLevels Occupations { get; init; }
    public GeoPoint? Location { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    /// <summary>The seeker's commute limit, or the default when none was given.</summary>
    public int CommuteMinutes { get; init; }
    public string[] ReachableParks { get; init; } = [];
    public WageUnit? WageUnit { get; init; }
    public long? WageAmount { get; init; }
    /// <summary>The desired wage per hour, as the scorer rounds it (single precision).</summary>
    public double? HourlyWage { get; init; }
    public string[] EmploymentTypes { get; init; } = [];
    public int? MaxWeeklyHours { get; init; }
    public string[] Skills { get; init; } = [];
    public string[] Certificates { get; init; } = [];
    public int CertificateCount { get; init; }
    public ExperienceEntry[] Experience { get; init; } = [];
    public required KecoLevels ExperienceOccupations { get; init; }
    /// <summary><see cref="Profiles.Education"/> as its number, so requirements compare as ranges.</summary>
    public int? Education { get; init; }
    /// <summary>Declared programmes that age does not decide.</summary>
    public string[] Programmes { get; init; } = [];
    public int BirthYear { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>KECO codes as given, and every code's 대/중/소/세분류 prefix (a level holds only codes at least that long).</summary>
public sealed record KecoLevels(string[] Codes, string[] Major, string[] Middle, string[] Minor, string[] Sub)
{
    public static readonly KecoLevels Empty = new([], [], [], [], []);

    public string[] Level(int length) => length switch { 1 => Major, 2 => Middle, 3 => Minor, _ => Sub };
}

public readonly record struct GeoPoint(double Lat, double Lon);
