using Matching.Application.Common;
using Matching.Domain.Profiles;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Application.Openings;

public sealed record OpeningRequest(
    Guid? EmployerId,
    string? Title,
    string? Occupation,
    int? Headcount,
    WageRangeDto? Wage,
    EmploymentType? EmploymentType,
    int? WorkHours,
    AddressDto? Address,
    string? IndustrialPark,
    List<string>? RequiredCertificates,
    List<string>? PreferredSkills,
    int? MinExperienceYears,
    Education? Education,
    List<Programme>? WelcomesProgrammes,
    DateOnly? ClosesOn,
    DateOnly? PostedOn = null,
    long? Version = null);

public sealed record WageRangeDto(WageUnit? Unit, long? Min, long? Max);

public sealed record WageRangeResponse(WageUnit Unit, long Min, long? Max);

public sealed record OpeningResponse(
    Guid Id,
    long Version,
    Guid EmployerId,
    string EmployerName,
    OpeningStatus Status,
    string Title,
    string Occupation,
    string OccupationName,
    int Headcount,
    int Filled,
    WageRangeResponse Wage,
    EmploymentType EmploymentType,
    int? WorkHours,
    AddressResponse Address,
    string? IndustrialPark,
    IReadOnlyList<string> RequiredCertificates,
    IReadOnlyList<string> PreferredSkills,
    int? MinExperienceYears,
    Education? Education,
    IReadOnlyList<Programme> WelcomesProgrammes,
    DateOnly ClosesOn,
    DateOnly PostedOn,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
