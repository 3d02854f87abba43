using Matching.Domain.Profiles;

namespace Matching.Infrastructure.Store.Entities;

public sealed class Seeker
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public ProfileStatus Status { get; set; }

    // Personal data: erased on withdrawal.
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public StoredAddress? Address { get; set; }
    public List<string> Skills { get; set; } = [];
    public List<string> Certificates { get; set; } = [];
    public List<ExperienceItem> Experience { get; set; } = [];
    public Education? Education { get; set; }
    public List<Programme> Programmes { get; set; } = [];
    public WageUnit? DesiredWageUnit { get; set; }
    public long? DesiredWageAmount { get; set; }
    public List<EmploymentType> EmploymentTypes { get; set; } = [];
    public int? MaxCommuteMinutes { get; set; }
    public bool ConsentToMatching { get; set; }
    public bool ConsentToShare { get; set; }
    public bool AcceptsAnyOccupation { get; set; }

    // Kept after withdrawal: the 일자리 공시 statistics count them.
    public int BirthYear { get; set; }
    public Gender Gender { get; set; }
    public List<string> DesiredOccupations { get; set; } = [];
    public string PrimaryOccupation { get; set; } = "";
    public DateOnly RegisteredOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }

    /// <summary>
    /// In the index and in suggestion lists: active, consenting to matching, and with a 희망직종 (a historical
    /// record imported without one, 직종 미분류, waits for a counsellor to complete it).
    /// </summary>
    public bool Matchable => Status == ProfileStatus.Active && ConsentToMatching && PrimaryOccupation != "";

    public void Withdraw(DateTimeOffset at)
    {
        Status = ProfileStatus.Withdrawn;
        Name = null;
        Phone = null;
        Email = null;
        Address = null;
        Skills = [];
        Certificates = [];
        Experience = [];
        Education = null;
        Programmes = [];
        DesiredWageUnit = null;
        DesiredWageAmount = null;
        EmploymentTypes = [];
        MaxCommuteMinutes = null;
        ConsentToMatching = false;
        ConsentToShare = false;
        WithdrawnAt = at;
        UpdatedAt = at;
        Version++;
    }
}

public sealed record ExperienceItem(string Occupation, double Years);
