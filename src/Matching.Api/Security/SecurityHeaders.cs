namespace Matching.Api.Security;

/// <summary>
/// Headers on every response. The policy fits Blazor Server with MudBlazor: scripts only from this origin (no
/// inline script, no eval), styles also inline (MudBlazor sets style attributes), the circuit's WebSocket back
/// to this origin, and no framing by anyone.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            // For browsers that predate frame-ancestors.
            headers.XFrameOptions = "DENY";
            return next(http);
        });
        return app;
    }
}
