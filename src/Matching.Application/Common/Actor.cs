using System.Security.Claims;
using Matching.Application.Privacy;

namespace Matching.Application.Common;

/// <summary>
/// Who is acting, and where: the use cases need to know both, to decide what the caller may see and to
/// record each access to personal data. The API and the web app both build it from the signed-in
/// principal, so an ownership rule or an access record is written once.
/// </summary>
public sealed record Actor(Guid? UserId, string? Role, Guid? EmployerId)
{
    public const string EmployerIdClaim = "employer_id";

    /// <summary>The route ("GET /api/seekers/{id}") or page ("/counsellor/seekers/…") the access came through.</summary>
    public string Where { get; init; } = "";

    public bool IsEmployer => Role == Roles.Employer;

    /// <summary>Names, phones and addresses of seekers: counsellors and admins only.</summary>
    public bool SeesPersonalData => SeekerView == SeekerView.Full;

    /// <summary>
    /// A screen or sheet that anyone in the hall can read (the board, the printed timetable): names are masked
    /// even for staff who may read them, so nothing is shown in full and no read is recorded.
    /// </summary>
    public bool PublicDisplay { get; init; }

    /// <summary>The one masking rule: how this role sees seekers (in full, masked 홍*동, or as 구직자 #XXXX).</summary>
    public SeekerView SeekerView => Role switch
    {
        Roles.Admin or Roles.Counsellor => PublicDisplay ? SeekerView.Masked : SeekerView.Full,
        Roles.Employer => SeekerView.Anonymous,
        _ => SeekerView.Masked,
    };

    /// <summary>Staff may act for any employer; an employer account only for its own.</summary>
    public bool MayActFor(Guid employerId) => !IsEmployer || EmployerId == employerId;

    public static Actor From(ClaimsPrincipal user, string where = "") => new(
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null,
        Roles.All.FirstOrDefault(user.IsInRole),
        Guid.TryParse(user.FindFirstValue(EmployerIdClaim), out var employerId) ? employerId : null)
    {
        Where = where,
    };

    /// <summary>The service itself, for scheduled work (the retention job) that no person started.</summary>
    public static Actor System(string where) => new(null, Roles.System, null) { Where = where };
}
