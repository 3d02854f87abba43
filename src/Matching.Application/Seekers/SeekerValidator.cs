using Matching.Application.Common;
using Matching.Domain.Occupations;
using Matching.Domain.Validation;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Application.Seekers;

/// <summary>Checks a seeker form the way a counsellor would, and writes the valid values onto the entity.</summary>
public static class SeekerValidator
{
    /// <param name="unclassifiedAllowed">
    /// Only for a record registered before today: centres hold seekers registered without a 희망직종, and their
    /// published totals count them. Every form and the API's create and update stay strict.
    /// </param>
    public static ValidationErrors Apply(SeekerRequest r, Seeker seeker, int currentYear, bool unclassifiedAllowed = false)
    {
        var errors = new ValidationErrors();
        if (errors.Required("name", r.Name))
        {
            errors.Length("name", r.Name, 1, 50);
        }

        if (errors.Required("birthYear", r.BirthYear) && !BirthYearRule.IsValid(r.BirthYear!.Value, currentYear))
        {
            errors.Add("birthYear", "만 15세에서 100세 사이의 출생연도를 입력하세요.");
        }

        errors.Required("gender", r.Gender);

        string? phone = null;
        if (!string.IsNullOrWhiteSpace(r.Phone) && !KoreanPhoneNumber.TryNormalize(r.Phone, out phone))
        {
            errors.Add("phone", "전화번호 형식이 올바르지 않습니다. 예: 010-1234-5678");
        }

        if (!string.IsNullOrWhiteSpace(r.Email) && !EmailAddress.IsValid(r.Email.Trim()))
        {
            errors.Add("email", "이메일 형식이 올바르지 않습니다.");
        }

        var address = AddressRules.Validate(r.Address, "address", errors);
        var occupations = OccupationRules.Desired(r.DesiredOccupations, errors, unclassifiedAllowed);

        if (r.DesiredWage is not null)
        {
            errors.Required("desiredWage.unit", r.DesiredWage.Unit);
            if (errors.Required("desiredWage.amount", r.DesiredWage.Amount))
            {
                errors.Range("desiredWage.amount", r.DesiredWage.Amount, 1, 10_000_000_000);
            }
        }

        errors.Range("maxCommuteMinutes", r.MaxCommuteMinutes, 1, 240);
        var skills = errors.TextList("skills", r.Skills, 30);
        var certificates = errors.TextList("certificates", r.Certificates, 30);
        var experience = new List<ExperienceItem>();
        for (var i = 0; i < (r.Experience?.Count ?? 0); i++)
        {
            var item = r.Experience![i];
            var field = $"experience[{i}]";
            if (errors.Required($"{field}.occupation", item?.Occupation) && !OccupationCatalog.Keco2018.Exists(item!.Occupation!.Trim()))
            {
                errors.Add($"{field}.occupation", "한국고용직업분류(KECO 2018)에 없는 코드입니다.");
            }

            if (errors.Required($"{field}.years", item?.Years) && item!.Years is < 0 or > 60)
            {
                errors.Add($"{field}.years", "0년에서 60년 사이로 입력하세요.");
            }

            if (item?.Occupation is not null && item.Years is not null)
            {
                experience.Add(new ExperienceItem(item.Occupation.Trim(), item.Years.Value));
            }
        }

        if (errors.Any)
        {
            return errors;
        }

        seeker.Name = r.Name!.Trim();
        seeker.BirthYear = r.BirthYear!.Value;
        seeker.Gender = r.Gender!.Value;
        seeker.Phone = phone;
        seeker.Email = string.IsNullOrWhiteSpace(r.Email) ? null : r.Email.Trim();
        seeker.Address = address;
        seeker.DesiredOccupations = occupations;
        seeker.PrimaryOccupation = occupations.Count > 0 ? occupations[0] : "";
        seeker.DesiredWageUnit = r.DesiredWage?.Unit;
        seeker.DesiredWageAmount = r.DesiredWage?.Amount;
        seeker.EmploymentTypes = r.EmploymentTypes?.Distinct().ToList() ?? [];
        seeker.MaxCommuteMinutes = r.MaxCommuteMinutes;
        seeker.Skills = skills;
        seeker.Certificates = certificates;
        seeker.Experience = experience;
        seeker.Education = r.Education;
        seeker.Programmes = r.Programmes?.Distinct().ToList() ?? [];
        seeker.ConsentToMatching = r.ConsentToMatching ?? false;
        seeker.ConsentToShare = r.ConsentToShare ?? false;
        seeker.AcceptsAnyOccupation = r.AcceptsAnyOccupation ?? false;
        return errors;
    }
}
