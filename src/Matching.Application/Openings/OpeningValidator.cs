using Matching.Application.Common;
using Matching.Domain.Matching;
using Matching.Domain.Occupations;
using Matching.Domain.Profiles;
using Matching.Domain.Validation;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Application.Openings;

public sealed class OpeningValidator(MinimumWageTable minimumWage, CommuteBusRoutes commuteBuses)
{
    /// <summary>
    /// <paramref name="postedOn"/> decides which year's 최저임금 applies; <paramref name="today"/> bounds
    /// <c>closesOn</c> (imports of historical openings pass their own posting date as today).
    /// </summary>
    public ValidationErrors Apply(OpeningRequest r, Opening opening, DateOnly postedOn, DateOnly today)
    {
        var errors = new ValidationErrors();
        errors.Required("employerId", r.EmployerId);
        if (errors.Required("title", r.Title))
        {
            errors.Length("title", r.Title, 1, 100);
        }

        if (errors.Required("occupation", r.Occupation) && !OccupationCatalog.Keco2018.Exists(r.Occupation!.Trim()))
        {
            errors.Add("occupation", OccupationRules.UnknownCode);
        }

        if (errors.Required("headcount", r.Headcount))
        {
            errors.Range("headcount", r.Headcount, 1, 10_000);
        }

        ValidateWage(r.Wage, postedOn, errors);
        errors.Required("employmentType", r.EmploymentType);
        errors.Range("workHours", r.WorkHours, 1, 52);
        var address = AddressRules.Validate(r.Address, "address", errors);
        var park = string.IsNullOrWhiteSpace(r.IndustrialPark) ? -1 : commuteBuses.IndexOf(r.IndustrialPark);
        if (!string.IsNullOrWhiteSpace(r.IndustrialPark) && park < 0)
        {
            errors.Add("industrialPark", "무료 통근버스가 다니는 산업단지가 아닙니다: " + string.Join(", ", commuteBuses.Parks.Select(p => p.Name)));
        }

        var certificates = errors.TextList("requiredCertificates", r.RequiredCertificates, 20);
        var skills = errors.TextList("preferredSkills", r.PreferredSkills, 30);
        errors.Range("minExperienceYears", r.MinExperienceYears, 0, 50);
        if (errors.Required("closesOn", r.ClosesOn) && r.ClosesOn < today)
        {
            errors.Add("closesOn", $"마감일이 이미 지났습니다({r.ClosesOn:yyyy-MM-dd}). 오늘({today:yyyy-MM-dd}) 이후로 입력하세요.");
        }

        if (errors.Any)
        {
            return errors;
        }

        opening.EmployerId = r.EmployerId!.Value;
        opening.Title = r.Title!.Trim();
        opening.Occupation = r.Occupation!.Trim();
        opening.Headcount = r.Headcount!.Value;
        opening.WageUnit = r.Wage!.Unit!.Value;
        opening.WageMin = r.Wage.Min!.Value;
        opening.WageMax = r.Wage.Max;
        opening.EmploymentType = r.EmploymentType!.Value;
        opening.WorkHoursPerWeek = r.WorkHours;
        opening.Address = address!;
        opening.IndustrialPark = park < 0 ? null : commuteBuses.Parks[park].Id;
        opening.RequiredCertificates = certificates;
        opening.PreferredSkills = skills;
        opening.MinExperienceYears = r.MinExperienceYears;
        opening.Education = r.Education;
        opening.WelcomesProgrammes = r.WelcomesProgrammes?.Distinct().ToList() ?? [];
        opening.ClosesOn = r.ClosesOn!.Value;
        return errors;
    }

    private void ValidateWage(WageRangeDto? wage, DateOnly postedOn, ValidationErrors errors)
    {
        if (!errors.Required("wage", wage))
        {
            return;
        }

        var unitOk = errors.Required("wage.unit", wage!.Unit);
        if (errors.Required("wage.min", wage.Min) && unitOk
            && !minimumWage.Satisfies(wage.Unit!.Value, wage.Min!.Value, postedOn.Year, out var minimum))
        {
            errors.Add("wage.min", $"{postedOn.Year}년 최저임금({UnitLabel(wage.Unit.Value)} {minimum:N0}원)보다 낮습니다.");
        }

        if (wage.Max is { } max && wage.Min is { } min && max < min)
        {
            errors.Add("wage.max", "최고 임금이 최저 임금보다 낮습니다.");
        }
    }

    private static string UnitLabel(WageUnit unit) => unit switch
    {
        WageUnit.Hourly => "시급",
        WageUnit.Monthly => "월 209시간 기준 월급",
        _ => "연 2,508시간 기준 연봉",
    };
}
