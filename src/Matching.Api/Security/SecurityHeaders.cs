using System.Security.Cryptography;

namespace Matching.Api.Security;

/// <summary>
/// Headers on every response. The policy fits Blazor Server with MudBlazor: scripts only from this origin (no
/// eval, and the one inline script, Blazor's import map, only with this response's nonce), styles also inline
/// (MudBlazor sets style attributes), the circuit's WebSocket back to this origin, and no framing by anyone.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "matching.csp-nonce";

    /// <summary>The nonce this response's policy allows an inline script with; App.razor gives it to the import map.</summary>
    public static string? Nonce(this HttpContext http) => http.Items[NonceKey] as string;

    public static string Policy(string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    internal static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            http.Items[NonceKey] = nonce;
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = Policy(nonce);
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            // For browsers that predate frame-ancestors.
            headers.XFrameOptions = "DENY";
            return next(http);
        });
        return app;
    }
}
