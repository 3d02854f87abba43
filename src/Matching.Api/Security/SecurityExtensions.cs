using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Matching.Api.Security;

/// <summary>Transport security, browser headers, request-body limits and CORS, all from <c>Matching:Security</c>.</summary>
public static class SecurityExtensions
{
    public const string CorsPolicy = "configured-origins";

    public static IHostApplicationBuilder AddMatchingSecurity(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.SectionName)
            .Validate(o => o.IsValid(), "Matching:Security: positive limits, a valid HTTPS port, and CORS origins as scheme://host[:port].")
            .ValidateOnStart();
        var options = builder.Configuration.GetSection(SecurityOptions.SectionName).Get<SecurityOptions>() ?? new SecurityOptions();

        // Every route's limit unless it names its own (RequestSizeLimit metadata: sign-in smaller, imports larger).
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = options.MaxBodyBytes);
        services.AddHsts(o => o.MaxAge = options.HstsMaxAge);
        services.AddHttpsRedirection(o => o.HttpsPort = options.HttpsPort);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The proxy's address is not known in advance (a container network); the node must only be reachable through it.
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
        });
        if (options.CorsOrigins.Length > 0)
        {
            services.AddCors(o => o.AddPolicy(CorsPolicy, p => p.WithOrigins(options.CorsOrigins).AllowAnyHeader().AllowAnyMethod().AllowCredentials()));
        }

        return builder;
    }

    /// <summary>First in the pipeline: forwarded headers, HTTPS, then the headers every response carries.</summary>
    public static WebApplication UseMatchingSecurity(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value;
        if (options.TrustForwardedHeaders)
        {
            app.UseForwardedHeaders();
        }

        if (options.RequireHttps)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseSecurityHeaders();
        if (options.CorsOrigins.Length > 0)
        {
            app.UseCors(CorsPolicy);
        }

        return app;
    }
}
