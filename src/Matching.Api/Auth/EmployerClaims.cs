using System.Security.Claims;
using Matching.Application.Common;

namespace Matching.Api.Auth;

public static class EmployerClaims
{
    public const string EmployerId = Application.Common.Actor.EmployerIdClaim;

    public static bool IsEmployer(this ClaimsPrincipal user) => user.IsInRole(Roles.Employer);

    /// <summary>The signed-in account's id, recorded with the changes it makes.</summary>
    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static Guid? EmployerIdOf(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(EmployerId), out var id) ? id : null;

    /// <summary>Staff may act for any employer; an employer account only for its own.</summary>
    public static bool MayActFor(this ClaimsPrincipal user, Guid employerId) => user.Actor().MayActFor(employerId);

    public static Actor Actor(this ClaimsPrincipal user) => Application.Common.Actor.From(user);

    /// <summary>The caller, and the route it came through for the access records ("GET /api/seekers/{id:guid}").</summary>
    public static Actor Actor(this HttpContext http) => Application.Common.Actor.From(http.User,
        $"{http.Request.Method} {(http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value}");
}
