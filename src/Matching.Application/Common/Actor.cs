using System.Security.Claims;

namespace Matching.Application.Common;

/// <summary>
/// Who is acting, as the use cases need to know it. The API and the web app both build it from the
/// signed-in principal, so an ownership rule is written once.
/// </summary>
public sealed record Actor(Guid? UserId, string? Role, Guid? EmployerId)
{
    public const string EmployerIdClaim = "employer_id";

    public bool IsEmployer => Role == Roles.Employer;

    /// <summary>Names, phones and addresses of seekers: counsellors and admins only.</summary>
    public bool SeesPersonalData => Role is Roles.Admin or Roles.Counsellor;

    /// <summary>Staff may act for any employer; an employer account only for its own.</summary>
    public bool MayActFor(Guid employerId) => !IsEmployer || EmployerId == employerId;

    public static Actor From(ClaimsPrincipal user) => new(
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null,
        Roles.All.FirstOrDefault(user.IsInRole),
        Guid.TryParse(user.FindFirstValue(EmployerIdClaim), out var employerId) ? employerId : null);
}
