using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Matching.Domain.Matching;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using ProblemDetails = Microsoft.AspNetCore.Mvc.ProblemDetails;
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
        builder.Services.AddExceptionHandler<IndexUnavailableExceptionHandler>();
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
                [field] = [json is null
                    ? bad.Message
                    : JsonValueErrors.Describe(BodyType(http), json.Path)],
            })
            {
                Status = bad.StatusCode,
                Title = "요청 본문을 읽을 수 없습니다",
                Detail = json?.Message ?? bad.Message,
            };
            http.Response.StatusCode = bad.StatusCode;
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
        }

        // The handler runs with the endpoint cleared; the feature keeps the one that failed.
        private static Type? BodyType(HttpContext http) =>
            http.Features.Get<IExceptionHandlerFeature>()?.Endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;

        // "$.address.latitude" → "address.latitude"; "$" → "body".
        private static string FieldOf(string? path) =>
            string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }

    /// <summary>The candidate engine is down or slow: a 503 that says so and when to ask again, for every caller (REST and web app).</summary>
    private sealed class IndexUnavailableExceptionHandler(IProblemDetailsService problems, ILogger<IndexUnavailableExceptionHandler> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
        {
            if (exception is not CandidateIndexUnavailableException unavailable)
            {
                return false;
            }

            logger.LogWarning("{Method} {Path} answered 503: {Reason}", http.Request.Method, http.Request.Path, unavailable.Message);
            var seconds = (int)Math.Ceiling(unavailable.RetryAfter.TotalSeconds);
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Title = "후보 검색 엔진을 잠시 사용할 수 없습니다",
                    Detail = $"추천 목록을 계산할 수 없습니다. {seconds}초 후에 다시 시도하세요. 저장은 계속되며 엔진이 돌아오면 반영됩니다.",
                },
            });
        }
    }
}
