using System.Security.Claims;
using Matching.Application.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Matching.Api.Auth;

/// <summary>
/// Bearer tokens are self-contained and would stay good for hours; on every request to a protected route this
/// asks the store whether the token's account, password and session still stand, so disabling an account,
/// resetting its password or signing out stops its tokens at once, on every node. One indexed query.
/// </summary>
public static class AccountGate
{
    public static WebApplication UseAccountGate(this WebApplication app)
    {
        var stampClaim = app.Services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        app.Use(async (http, next) =>
        {
            if (http.User.Identity?.IsAuthenticated == true
                && http.GetEndpoint()?.Metadata.GetMetadata<IAuthorizeData>() is not null
                && !await StandsAsync(http, stampClaim))
            {
                if (SignInSchemes.For(http) == IdentityConstants.ApplicationScheme)
                {
                    await http.SignOutAsync(IdentityConstants.ApplicationScheme);
                }

                // Anonymous from here on: authorization answers 401, or sends a browser to sign in.
                http.User = new ClaimsPrincipal(new ClaimsIdentity());
            }

            await next(http);
        });
        return app;
    }

    private static async Task<bool> StandsAsync(HttpContext http, string stampClaim)
    {
        if (http.User.UserId() is not { } userId)
        {
            return false;
        }

        Guid? sessionId = Guid.TryParse(http.User.FindFirstValue(SessionClaims.SessionId), out var sid) ? sid : null;
        var sessions = http.RequestServices.GetRequiredService<SignInSessions>();
        return await sessions.IsValidAsync(userId, http.User.FindFirstValue(stampClaim), sessionId, http.RequestAborted);
    }
}
