using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Matching.Api.Web;

public static class WebSignOut
{
    /// <summary>The layout's 로그아웃 posts here with its antiforgery token; the cookie is cleared and the browser sent to sign in.</summary>
    public static IEndpointRouteBuilder MapWebSignOut(this IEndpointRouteBuilder app)
    {
        app.MapPost("/logout", async (HttpContext http) =>
            {
                await http.SignOutAsync(IdentityConstants.ApplicationScheme);
                return TypedResults.LocalRedirect("/login");
            })
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .ExcludeFromDescription();
        return app;
    }
}
