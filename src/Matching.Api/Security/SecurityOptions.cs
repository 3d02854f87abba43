namespace Matching.Api.Security;

/// <summary>Transport and browser hardening; the defaults suit a node behind nothing on plain HTTP (development, tests).</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Matching:Security";

    /// <summary>Behind TLS: HTTP is redirected to HTTPS and browsers are told (HSTS) to use nothing else.</summary>
    public bool RequireHttps { get; set; }

    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);

    /// <summary>The port HTTP is redirected to, when <see cref="RequireHttps"/>.</summary>
    public int HttpsPort { get; set; } = 443;

    /// <summary>
    /// Behind a proxy (Caddy in docker-compose): take the client's address and scheme from X-Forwarded-For and
    /// -Proto, so rate limits count each client rather than the proxy. Never on a node reachable directly.
    /// </summary>
    public bool TrustForwardedHeaders { get; set; }

    /// <summary>Origins whose pages may call the API from a browser; none by default (CORS closed).</summary>
    public string[] CorsOrigins { get; set; } = [];

    /// <summary>The largest request body any route takes unless it names its own (imports take far more).</summary>
    public long MaxBodyBytes { get; set; } = 256 * 1024;

    public bool IsValid() => HstsMaxAge > TimeSpan.Zero && HttpsPort is > 0 and < 65536 && MaxBodyBytes > 0
        && CorsOrigins.All(o => Uri.TryCreate(o, UriKind.Absolute, out var uri) && uri.AbsolutePath == "/");
}
