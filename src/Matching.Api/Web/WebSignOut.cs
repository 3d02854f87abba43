using System.Security.Claims;
using Matching.Application.Users;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Matching.Api.Web;

public static class WebSignOut
{
    /// <summary>
    /// The layout's 로그아웃 posts here with its antiforgery token: the session is revoked (a copy of the cookie
    /// stops working too), the cookie cleared and the browser sent to sign in.
    /// </summary>
    public static IEndpointRouteBuilder MapWebSignOut(this IEndpointRouteBuilder app)
    {
        app.MapPost("/logout", async (HttpContext http, SignInSessions sessions) =>
            {
                if (Guid.TryParse(http.User.FindFirstValue(SessionClaims.SessionId), out var sessionId))
                {
                    await sessions.RevokeAsync(sessionId, "signed out", http.RequestAborted);
                }

                await http.SignOutAsync(IdentityConstants.ApplicationScheme);
                return TypedResults.LocalRedirect("/login");
            })
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .ExcludeFromDescription();
        return app;
    }
}
