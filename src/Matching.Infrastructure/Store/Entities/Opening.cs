using Matching.Domain.Profiles;

namespace Matching.Infrastructure.Store.Entities;

public sealed class Opening
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public Guid EmployerId { get; set; }
    public Employer? Employer { get; set; }
    public OpeningStatus Status { get; set; }
    public string Title { get; set; } = "";
    public string Occupation { get; set; } = "";
    public int Headcount { get; set; }
    public int Filled { get; set; }
    public WageUnit WageUnit { get; set; }
    public long WageMin { get; set; }
    public long? WageMax { get; set; }
    public EmploymentType EmploymentType { get; set; }
    public int? WorkHoursPerWeek { get; set; }
    public StoredAddress Address { get; set; } = null!;

    /// <summary>Id of the industrial park whose free commute buses serve this workplace, if any.</summary>
    public string? IndustrialPark { get; set; }
    public List<string> RequiredCertificates { get; set; } = [];
    public List<string> PreferredSkills { get; set; } = [];
    public int? MinExperienceYears { get; set; }
    public Education? Education { get; set; }
    public List<Programme> WelcomesProgrammes { get; set; } = [];
    public DateOnly ClosesOn { get; set; }
    public DateOnly PostedOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
