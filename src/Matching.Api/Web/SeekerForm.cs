using Matching.Application.Common;
using Matching.Application.Occupations;
using Matching.Application.Seekers;
using Matching.Domain.Profiles;

namespace Matching.Api.Web;

/// <summary>The intake form's fields as a counsellor fills them in; lists typed as text are split on commas.</summary>
public sealed class SeekerForm
{
    public string? Name { get; set; }
    public int? BirthYear { get; set; }
    public Gender? Gender { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Sido { get; set; }
    public string? Sigungu { get; set; }
    public string? Dong { get; set; }
    public List<OccupationDto> Occupations { get; } = [];
    public bool AcceptsAnyOccupation { get; set; }
    public WageUnit WageUnit { get; set; } = WageUnit.Monthly;
    public long? WageAmount { get; set; }
    public HashSet<EmploymentType> EmploymentTypes { get; } = [];
    public int? MaxCommuteMinutes { get; set; } = 60;
    public string? Certificates { get; set; }
    public string? Skills { get; set; }
    public Education? Education { get; set; }
    public HashSet<Programme> Programmes { get; } = [];
    public bool Consent { get; set; }
    public bool ConsentToShare { get; set; }

    public SeekerRequest ToRequest() => new(
        Name, BirthYear, Gender, Phone, Email,
        new AddressDto(Sido, Sigungu, Dong, null, null),
        Occupations.Select(o => o.Code).ToList(),
        WageAmount is null ? null : new WageDto(WageUnit, WageAmount),
        [.. EmploymentTypes], MaxCommuteMinutes,
        FormText.Items(Skills), FormText.Items(Certificates), [], Education, [.. Programmes],
        Consent, AcceptsAnyOccupation, ConsentToShare: ConsentToShare);
}
