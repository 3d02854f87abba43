namespace Matching.Domain.Matching.TwoPhase;

/// <summary>
/// The indexed values a phase-one query reads, named after the properties of <see cref="IndexedSeeker"/> and
/// <see cref="IndexedOpening"/>; an engine maps each to where it stores it.
/// </summary>
public enum CandidateField
{
    // Both kinds
    Status,
    OccupationCodes,
    OccupationMajor,
    OccupationMiddle,
    OccupationMinor,
    OccupationSub,
    Location,
    HourlyWage,
    Education,

    // Seekers
    Consent,
    AcceptsAnyOccupation,
    CommuteMinutes,
    ReachableParks,
    EmploymentTypes,
    MaxWeeklyHours,
    Skills,
    Certificates,
    ExperienceMajor,
    ExperienceMiddle,
    Programmes,
    BirthYear,
    UpdatedAt,

    // Openings
    IndustrialPark,
    EmploymentType,
    WorkHours,
    RequiredCertificates,
    RequiredCertificateCount,
    PreferredSkills,
    PreferredSkillCount,
    MinExperienceMonths,
    WelcomesProgrammes,
    ClosesOn,
    PostedAt,
}
