using System.Globalization;
using System.Threading.RateLimiting;
using Matching.Application.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Matching.Api.Auth;

/// <summary>
/// ASP.NET Core's rate limiter on every route that checks a password or redeems a token: per client address
/// through the middleware, and per account through <see cref="AccountThrottle"/> once the handler knows which
/// account is meant. Both answer 429 with Retry-After. Limits count per node.
/// </summary>
public static class LoginProtection
{
    public const string Policy = "sign-in";

    public static IHostApplicationBuilder AddLoginProtection(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AccountThrottle>();
        builder.Services.AddRateLimiter(o =>
        {
            o.AddPolicy(Policy, http =>
            {
                // The sign-in page itself is read freely; only what it posts is counted.
                if (!HttpMethods.IsPost(http.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("");
                }

                var options = http.RequestServices.GetRequiredService<IOptions<LoginProtectionOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.PermitsPerAddress, Window = options.Window, QueueLimit = 0 });
            });
            o.OnRejected = (context, _) => new ValueTask(TooManyAsync(context.HttpContext,
                context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1)));
        });
        return builder;
    }

    /// <summary>The per-address limit on an endpoint; the handler adds the per-account one.</summary>
    public static TBuilder RequireLoginProtection<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.RequireRateLimiting(Policy);

    /// <summary>429 with Retry-After: ProblemDetails for programs, a short page for a browser's form.</summary>
    public static async Task TooManyAsync(HttpContext http, TimeSpan retryAfter)
    {
        var problem = TooMany(http, retryAfter);
        if (http.Request.Path.StartsWithSegments("/auth"))
        {
            await problem.ExecuteAsync(http);
            return;
        }

        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"ko\"><meta charset=\"utf-8\"><title>잠시 뒤 다시 시도하세요</title><p role=\"alert\">{problem.ProblemDetails.Detail}</p><p><a href=\"/login\">로그인으로 돌아가기</a></p></html>");
    }

    /// <summary>Sets Retry-After (whole seconds) and returns the 429 to answer.</summary>
    public static ProblemHttpResult TooMany(HttpContext http, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "요청이 너무 많습니다",
            detail: $"로그인 시도가 너무 많습니다. {seconds}초 뒤 다시 시도하세요.");
    }
}

/// <summary>The per-account half of <see cref="LoginProtection"/>: attempts for one e-mail (or account id), from anywhere.</summary>
public sealed class AccountThrottle(IOptions<LoginProtectionOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(account =>
        RateLimitPartition.GetFixedWindowLimiter(account,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = options.Value.PermitsPerAccount, Window = options.Value.Window, QueueLimit = 0 }));

    /// <summary>Null when one more attempt for <paramref name="account"/> may go ahead; otherwise how long to wait.</summary>
    public TimeSpan? Refuse(string? account)
    {
        using var lease = limiter.AttemptAcquire((account ?? "").Trim().ToUpperInvariant());
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : options.Value.Window;
    }

    public void Dispose() => limiter.Dispose();
}
