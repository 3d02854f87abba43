using System.Linq.Expressions;
using Matching.Domain.Matching;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Infrastructure.Matching;

/// <summary>Stored rows as the scorer sees them; anything not matchable (withdrawn, closed) projects as inactive.</summary>
public static class ProfileProjection
{
    /// <summary><see cref="Seeker.Matchable"/> as a store query: the seekers an index is filled with.</summary>
    public static readonly Expression<Func<Seeker, bool>> MatchableSeekers =
        s => s.Status == ProfileStatus.Active && s.ConsentToMatching && s.PrimaryOccupation != "";

    public static SeekerProfile ToProfile(this Seeker s) => new()
    {
        Id = s.Id,
        DisplayName = s.Name ?? "",
        Active = s.Status == ProfileStatus.Active,
        ConsentToMatching = s.ConsentToMatching,
        AcceptsAnyOccupation = s.AcceptsAnyOccupation,
        DesiredOccupations = [.. s.DesiredOccupations],
        Latitude = s.Address?.Latitude,
        Longitude = s.Address?.Longitude,
        DesiredWageUnit = s.DesiredWageUnit,
        DesiredWage = s.DesiredWageAmount,
        EmploymentTypes = [.. s.EmploymentTypes],
        MaxCommuteMinutes = s.MaxCommuteMinutes,
        Skills = [.. s.Skills],
        Certificates = [.. s.Certificates],
        Experience = [.. s.Experience.Select(e => new ExperienceEntry(e.Occupation, e.Years))],
        Education = s.Education,
        Programmes = [.. s.Programmes],
        BirthYear = s.BirthYear,
        Gender = s.Gender,
        UpdatedAt = s.UpdatedAt,
        Version = s.Version,
    };

    /// <summary>The opening's employer must be loaded: its name is shown with every match.</summary>
    public static OpeningProfile ToProfile(this Opening o) => new()
    {
        Id = o.Id,
        EmployerId = o.EmployerId,
        EmployerName = o.Employer?.Name ?? "",
        Title = o.Title,
        Occupation = o.Occupation,
        Headcount = o.Headcount,
        Filled = o.Filled,
        WageUnit = o.WageUnit,
        WageMin = o.WageMin,
        WageMax = o.WageMax,
        EmploymentType = o.EmploymentType,
        WorkHours = o.WorkHoursPerWeek,
        Latitude = o.Address.Latitude,
        Longitude = o.Address.Longitude,
        RequiredCertificates = [.. o.RequiredCertificates],
        PreferredSkills = [.. o.PreferredSkills],
        MinExperienceYears = o.MinExperienceYears,
        Education = o.Education,
        WelcomesProgrammes = [.. o.WelcomesProgrammes],
        ClosesOn = o.ClosesOn,
        PostedAt = o.CreatedAt,
        IndustrialPark = o.IndustrialPark,
        Active = o.Status == OpeningStatus.Open,
        Version = o.Version,
    };
}
