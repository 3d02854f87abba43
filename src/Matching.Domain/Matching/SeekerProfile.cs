using Matching.Domain.Profiles;

namespace Matching.Domain.Matching;

/// <summary>Years of experience in one KECO occupation (any level).</summary>
public sealed record ExperienceEntry(string Occupation, double Years);

/// <summary>
/// What the scorer knows about a job seeker. Gender, Nationality and Disability are carried only so
/// that fairness tests can vary them: the scorer never reads them. BirthYear decides programme
/// eligibility (청년, 신중년, 어르신) and nothing else.
/// </summary>
public sealed record SeekerProfile
{
    public required Guid Id { get; init; }
    public string DisplayName { get; init; } = "";
    public bool Active { get; init; } = true;
    public bool ConsentToMatching { get; init; } = true;
    public bool AcceptsAnyOccupation { get; init; }
    /// <summary>1..3 KECO codes of any level (희망직종); extra codes are ignored.</summary>
    public string[] DesiredOccupations { get; init; } = [];
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public WageUnit? DesiredWageUnit { get; init; }
    public long? DesiredWage { get; init; }
    /// <summary>Empty means any employment type.</summary>
    public EmploymentType[] EmploymentTypes { get; init; } = [];
    public int? MaxWeeklyHours { get; init; }
    public int? MaxCommuteMinutes { get; init; }
    public string[] Skills { get; init; } = [];
    public string[] Certificates { get; init; } = [];
    public ExperienceEntry[] Experience { get; init; } = [];
    public Education? Education { get; init; }
    /// <summary>Declared programmes. Age-based ones (Youth, NewMiddleAge, Senior) are decided by BirthYear instead.</summary>
    public Programme[] Programmes { get; init; } = [];
    public int BirthYear { get; init; }
    public Gender Gender { get; init; }
    public string? Nationality { get; init; }
    public bool Disability { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    /// <summary>The stored profile's version; an external engine keeps the newest it was given.</summary>
    public long Version { get; init; }
}
