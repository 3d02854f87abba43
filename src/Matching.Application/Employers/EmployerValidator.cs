using Matching.Application.Common;
using Matching.Domain.Validation;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Application.Employers;

public static class EmployerValidator
{
    public static ValidationErrors Apply(EmployerRequest r, Employer employer)
    {
        var errors = new ValidationErrors();
        if (errors.Required("name", r.Name))
        {
            errors.Length("name", r.Name, 1, 100);
        }

        var businessNumber = "";
        if (errors.Required("businessNumber", r.BusinessNumber)
            && !BusinessRegistrationNumber.TryNormalize(r.BusinessNumber, out businessNumber))
        {
            errors.Add("businessNumber", "사업자등록번호 10자리를 확인하세요(검증번호 불일치 또는 형식 오류). 예: 220-81-62517");
        }

        var address = AddressRules.Validate(r.Address, "address", errors);
        errors.Required("size", r.Size);
        errors.Length("industry", r.Industry, 1, 100);
        if (errors.Any)
        {
            return errors;
        }

        employer.Name = r.Name!.Trim();
        employer.BusinessNumber = businessNumber;
        employer.Address = address!;
        employer.Size = r.Size!.Value;
        employer.Industry = string.IsNullOrWhiteSpace(r.Industry) ? null : r.Industry.Trim();
        return errors;
    }
}
