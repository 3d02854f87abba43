using Matching.Application.Common;
using Matching.Application.Occupations;
using Matching.Application.Openings;
using Matching.Domain.Profiles;

namespace Matching.Api.Web;

/// <summary>The posting form's fields; the employer is the signed-in account's own.</summary>
public sealed class OpeningForm
{
    public string? Title { get; set; }
    public List<OccupationDto> Occupation { get; } = [];
    public int? Headcount { get; set; } = 1;
    public WageUnit WageUnit { get; set; } = WageUnit.Monthly;
    public long? WageMin { get; set; }
    public long? WageMax { get; set; }
    public EmploymentType? EmploymentType { get; set; } = Domain.Profiles.EmploymentType.Permanent;
    public int? WorkHours { get; set; } = 40;
    public string? Sido { get; set; }
    public string? Sigungu { get; set; }
    public string? Dong { get; set; }
    public string? RequiredCertificates { get; set; }
    public string? PreferredSkills { get; set; }
    public int? MinExperienceYears { get; set; }
    public Education? Education { get; set; }
    public HashSet<Programme> WelcomesProgrammes { get; } = [];
    public DateTime? ClosesOn { get; set; }

    public OpeningRequest ToRequest(Guid? employerId) => new(
        employerId, Title, Occupation.FirstOrDefault()?.Code, Headcount,
        new WageRangeDto(WageUnit, WageMin, WageMax), EmploymentType, WorkHours,
        new AddressDto(Sido, Sigungu, Dong, null, null), null,
        FormText.Items(RequiredCertificates), FormText.Items(PreferredSkills), MinExperienceYears, Education, [.. WelcomesProgrammes],
        ClosesOn is { } d ? DateOnly.FromDateTime(d) : null);
}
