using Matching.Application.Common;
using Matching.Domain.Validation;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Users;

/// <summary>An admin opens an account; an employer account is bound to one employer.</summary>
public sealed class CreateAccount(UserManager<AppUser> users, MatchingDbContext db)
{
    public async Task<Result<UserResponse>> ExecuteAsync(CreateUserRequest request, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        if (errors.Required("email", request.Email) && !EmailAddress.IsValid(request.Email))
        {
            errors.Add("email", "이메일 형식이 올바르지 않습니다.");
        }

        errors.Required("password", request.Password);
        var role = Roles.All.FirstOrDefault(r => string.Equals(r, request.Role, StringComparison.OrdinalIgnoreCase));
        if (errors.Required("role", request.Role) && role is null)
        {
            errors.Add("role", $"역할은 {string.Join(", ", Roles.All)} 중 하나입니다.");
        }

        if (role == Roles.Employer)
        {
            if (request.EmployerId is not { } employerId)
            {
                errors.Add("employerId", "기업 담당자 계정은 소속 기업이 필요합니다.");
            }
            else if (!await db.Employers.AnyAsync(e => e.Id == employerId && !e.Deleted, ct))
            {
                errors.Add("employerId", "등록되지 않은 기업입니다.");
            }
        }
        else if (request.EmployerId is not null)
        {
            errors.Add("employerId", "기업 담당자(Employer) 계정만 소속 기업을 가질 수 있습니다.");
        }

        if (errors.Any)
        {
            return Problem.Invalid(errors);
        }

        var email = request.Email!.Trim();
        var user = new AppUser
        {
            Id = Guid.NewGuid(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            EmployerId = role == Roles.Employer ? request.EmployerId : null,
        };
        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                errors.Add(error.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email", error.Description);
            }

            return Problem.Invalid(errors);
        }

        await users.AddToRoleAsync(user, role!);
        return new UserResponse(user.Id, email, role!, user.EmployerId);
    }
}
