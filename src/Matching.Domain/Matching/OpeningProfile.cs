using Matching.Domain.Profiles;

namespace Matching.Domain.Matching;

/// <summary>What the scorer knows about a job opening (구인).</summary>
public sealed record OpeningProfile
{
    public required Guid Id { get; init; }
    public Guid EmployerId { get; init; }
    public string EmployerName { get; init; } = "";
    public string Title { get; init; } = "";
    /// <summary>KECO code, normally 세분류 (4 digits).</summary>
    public required string Occupation { get; init; }
    public int Headcount { get; init; } = 1;
    public int Filled { get; init; }
    public WageUnit WageUnit { get; init; }
    public long WageMin { get; init; }
    public long? WageMax { get; init; }
    public EmploymentType EmploymentType { get; init; }
    /// <summary>Weekly working hours.</summary>
    public int? WorkHours { get; init; }
    public double Latitude { get; init; }
    public double Longitude { get; init; }
    public string[] RequiredCertificates { get; init; } = [];
    public string[] PreferredSkills { get; init; } = [];
    public int? MinExperienceYears { get; init; }
    public Education? Education { get; init; }
    public Programme[] WelcomesProgrammes { get; init; } = [];
    public DateOnly ClosesOn { get; init; }
    public DateTimeOffset PostedAt { get; init; }
    /// <summary>Industrial park served by free commute buses (see Data/commute-bus-routes.tsv), if any.</summary>
    public string? IndustrialPark { get; init; }
    public bool Active { get; init; } = true;
    /// <summary>The stored opening's version; an external engine keeps the newest it was given.</summary>
    public long Version { get; init; }
}
