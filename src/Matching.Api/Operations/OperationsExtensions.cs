using Matching.Infrastructure.Store;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Matching.Api.Operations;

public static class OperationsExtensions
{
    public static IHostApplicationBuilder AddMatchingOperations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddDbContextCheck<MatchingDbContext>("store", tags: ["ready"]);
        builder.Services.AddOpenApi("v1");
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffzzz ";
        });
        // "Request starting …" lines carry the whole URL, and a hub client's bearer token travels in its query
        // (access_token): kept out of the logs whatever level the rest of ASP.NET Core is set to.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        return builder;
    }

    public static WebApplication MapMatchingOperations(this WebApplication app)
    {
        // Live: the process answers. Ready: the store, the bus and the index answer.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = WriteReadiness });
        app.MapOpenApi("/openapi/{documentName}.json");
        return app;
    }

    /// <summary>
    /// The status word as before ("Healthy"); when not healthy, one line per check that is not, saying why, so an
    /// operator reads what is wrong without the logs.
    /// </summary>
    private static Task WriteReadiness(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "text/plain; charset=utf-8";
        var lines = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy)
            .Select(e => $"\n{e.Key}: {e.Value.Status}: {e.Value.Description ?? e.Value.Exception?.Message}");
        return http.Response.WriteAsync(report.Status + string.Concat(lines));
    }
}
