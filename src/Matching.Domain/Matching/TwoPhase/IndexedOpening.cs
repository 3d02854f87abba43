using Matching.Domain.Profiles;

namespace Matching.Domain.Matching.TwoPhase;

/// <summary>An opening as an external engine stores it: what the scorer reads and the values its filters need.</summary>
public sealed record IndexedOpening
{
    /// <summary><see cref="Open"/>: active with places left; <see cref="Full"/>: active, every place filled.</summary>
    public const string Open = "open", Full = "full", Inactive = "inactive";

    public required Guid Id { get; init; }
    public long Version { get; init; }
    public required string Status { get; init; }
    public Guid EmployerId { get; init; }
    public required KecoLevels Occupations { get; init; }
    public GeoPoint Location { get; init; }
    public double Latitude { get; init; }
    public double Longitude { get; init; }
    /// <summary>The park id when the opening sits in an industrial park with free commute buses.</summary>
    public string? IndustrialPark { get; init; }
    public WageUnit WageUnit { get; init; }
    public long WageMin { get; init; }
    public long? WageMax { get; init; }
    /// <summary>The offer per hour (the maximum when given), as the scorer rounds it; absent when there is no offer.</summary>
    public double? HourlyWage { get; init; }
    public EmploymentType EmploymentType { get; init; }
    public int? WorkHours { get; init; }
    public string[] RequiredCertificates { get; init; } = [];
    public int RequiredCertificateCount { get; init; }
    public string[] PreferredSkills { get; init; } = [];
    public int PreferredSkillCount { get; init; }
    public int? MinExperienceYears { get; init; }
    public int MinExperienceMonths { get; init; }
    public int? Education { get; init; }
    public string[] WelcomesProgrammes { get; init; } = [];
    public DateOnly ClosesOn { get; init; }
    public DateTimeOffset PostedAt { get; init; }
    public int Headcount { get; init; }
    public int Filled { get; init; }
}
