using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Matching.Api.Auth;

/// <summary>
/// Which handler reads a request: tokens for the API, the auth routes and the hub (and for anything sent
/// with <c>Authorization: Bearer</c>), the sign-in cookie for the web app's pages. The API never reads the
/// cookie, so a page on another site cannot call it with a signed-in browser's cookie.
/// </summary>
public static class SignInSchemes
{
    public const string Selector = "Matching";

    public const string LoginPath = "/login";

    public static string For(HttpContext http)
    {
        var request = http.Request;
        return request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || IsApi(request)
            ? IdentityConstants.BearerScheme
            : IdentityConstants.ApplicationScheme;
    }

    public static void ConfigureCookie(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = "matching.signin";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.ExpireTimeSpan = TimeSpan.FromHours(8);
        o.SlidingExpiration = true;
        o.LoginPath = LoginPath;
        o.AccessDeniedPath = "/forbidden";
        o.ReturnUrlParameter = "returnUrl";
        o.Events = new CookieAuthenticationEvents
        {
            // A disabled account or a changed password ends browser sessions at the next check (see SecurityStampValidatorOptions).
            OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync,
            OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized),
            OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden),
        };
    }

    private static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/auth") || request.Path.StartsWithSegments("/hubs");

    /// <summary>A person at a browser is sent to the sign-in page; a program gets the status code.</summary>
    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var accept = context.Request.Headers.Accept.ToString();
        if (IsApi(context.Request) || !accept.Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
