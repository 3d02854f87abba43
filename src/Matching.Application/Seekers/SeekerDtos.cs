using Matching.Application.Common;
using Matching.Domain.Profiles;

namespace Matching.Application.Seekers;

// Request fields are nullable so a missing field is reported by name instead of read as a default.
public sealed record SeekerRequest(
    string? Name,
    int? BirthYear,
    Gender? Gender,
    string? Phone,
    string? Email,
    AddressDto? Address,
    List<string>? DesiredOccupations,
    WageDto? DesiredWage,
    List<EmploymentType>? EmploymentTypes,
    int? MaxCommuteMinutes,
    List<string>? Skills,
    List<string>? Certificates,
    List<ExperienceDto>? Experience,
    Education? Education,
    List<Programme>? Programmes,
    bool? ConsentToMatching,
    bool? AcceptsAnyOccupation,
    DateOnly? RegisteredOn = null,
    long? Version = null,
    bool? ConsentToShare = null);

public sealed record WageDto(WageUnit? Unit, long? Amount);

public sealed record ExperienceDto(string? Occupation, double? Years);

public sealed record WageResponse(WageUnit Unit, long Amount);

public sealed record ExperienceResponse(string Occupation, double Years);

public sealed record SeekerResponse(
    Guid Id,
    long Version,
    string Name,
    int BirthYear,
    Gender Gender,
    string? Phone,
    string? Email,
    AddressResponse Address,
    IReadOnlyList<string> DesiredOccupations,
    WageResponse? DesiredWage,
    IReadOnlyList<EmploymentType> EmploymentTypes,
    int? MaxCommuteMinutes,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Certificates,
    IReadOnlyList<ExperienceResponse> Experience,
    Education? Education,
    IReadOnlyList<Programme> Programmes,
    bool ConsentToMatching,
    bool ConsentToShare,
    bool AcceptsAnyOccupation,
    DateOnly RegisteredOn,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

public sealed record SeekerSummary(Guid Id, string Name, int BirthYear, string Sigungu, IReadOnlyList<string> DesiredOccupations, DateOnly RegisteredOn);
