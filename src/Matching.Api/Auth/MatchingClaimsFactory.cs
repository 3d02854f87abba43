using System.Security.Claims;
using Matching.Infrastructure.Store.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Matching.Api.Auth;

/// <summary>Adds the employer an Employer account is bound to, so ownership checks need no look-up.</summary>
internal sealed class MatchingClaimsFactory(
    UserManager<AppUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.EmployerId is { } employerId)
        {
            identity.AddClaim(new Claim(EmployerClaims.EmployerId, employerId.ToString()));
        }

        return identity;
    }
}
