using System.Globalization;
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
        ExpectedVersion(request, bodyVersion) switch
        {
            null => PreconditionRequired(),
            var expected when expected != current => Stale(current),
            _ => null,
        };

    public static ProblemHttpResult PreconditionRequired() => TypedResults.Problem(
        statusCode: StatusCodes.Status428PreconditionRequired,
        title: "버전이 필요합니다",
        detail: "변경하려면 마지막으로 받은 ETag를 If-Match 헤더(또는 본문의 version)로 보내세요.");

    public static ProblemHttpResult Stale(long current) => TypedResults.Problem(
        statusCode: StatusCodes.Status412PreconditionFailed,
        title: "다른 사용자가 먼저 수정했습니다",
        detail: $"현재 버전은 {current}입니다. 최신 내용을 다시 불러온 뒤 수정하세요.");
}
