using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;

namespace Matching.Api.Common;

public static class ErrorHandling
{
    /// <summary>JSON as the contract says (camelCase, enums as strings) and every error as ProblemDetails.</summary>
    public static IHostApplicationBuilder AddMatchingErrors(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Route binding failures reach the handler above instead of an empty 400.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return builder;
    }

    public static WebApplication UseMatchingErrors(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    /// <summary>Unreadable bodies (bad JSON, a wrong type, an unknown enum value) become a 400 naming the field.</summary>
    private sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
        {
            if (exception is not BadHttpRequestException bad)
            {
                return false;
            }

            var json = exception.InnerException as JsonException;
            var field = FieldOf(json?.Path);
            var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [field] = [json is null ? bad.Message : "값의 형식이 올바르지 않습니다."],
            })
            {
                Status = bad.StatusCode,
                Title = "요청 본문을 읽을 수 없습니다",
                Detail = json?.Message ?? bad.Message,
            };
            http.Response.StatusCode = bad.StatusCode;
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
        }

        // "$.address.latitude" → "address.latitude"; "$" → "body".
        private static string FieldOf(string? path) =>
            string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }
}
