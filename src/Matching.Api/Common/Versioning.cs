using System.Globalization;
using Matching.Application.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Common;

/// <summary>Optimistic concurrency over HTTP: the version travels as a strong ETag and comes back in If-Match.</summary>
public static class Versioning
{
    public static string ETag(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static void SetETag(this HttpContext http, long version) => http.Response.Headers.ETag = ETag(version);

    /// <summary>The version the client last saw: If-Match first, else a <c>version</c> field in the body.</summary>
    public static long? ExpectedVersion(HttpRequest request, long? bodyVersion)
    {
        var ifMatch = request.Headers.IfMatch.ToString();
        if (!string.IsNullOrWhiteSpace(ifMatch))
        {
            var tag = ifMatch.Trim();
            if (tag.StartsWith("W/", StringComparison.Ordinal))
            {
                tag = tag[2..];
            }

            return long.TryParse(tag.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1;
        }

        return bodyVersion;
    }

    /// <summary>Null when the client's version is the current one; otherwise the 428 or 412 to answer.</summary>
    public static ProblemHttpResult? Precondition(HttpRequest request, long? bodyVersion, long current) =>
        Problem.Precondition(ExpectedVersion(request, bodyVersion), current)?.ToHttp();

    public static ProblemHttpResult Stale(long current) => Problem.Stale(current).ToHttp();
}
