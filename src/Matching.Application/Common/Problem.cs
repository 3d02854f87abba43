namespace Matching.Application.Common;

public enum ProblemKind
{
    Invalid,
    NotFound,
    Forbidden,
    Conflict,
    Stale,
    PreconditionRequired,
}

/// <summary>
/// Why a use case refused, in Korean, as a person can act on it. The API turns it into ProblemDetails
/// (400, 404, 403, 409, 412, 428); a page shows the title and detail, or each field's errors inline.
/// </summary>
public sealed record Problem(ProblemKind Kind, string Title, string Detail, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public static Problem Invalid(ValidationErrors errors) =>
        new(ProblemKind.Invalid, "입력값을 확인하세요", "표시된 항목을 고친 뒤 다시 보내세요.", errors.ToDictionary());

    public static Problem NotFound(string what, Guid id) =>
        new(ProblemKind.NotFound, $"{what} 정보를 찾을 수 없습니다", $"id {id}에 해당하는 {what}이(가) 없거나 삭제되었습니다.");

    public static Problem Forbidden(string detail) => new(ProblemKind.Forbidden, "권한이 없습니다", detail);

    public static Problem Conflict(string title, string detail) => new(ProblemKind.Conflict, title, detail);

    public static Problem Stale(long current) => new(ProblemKind.Stale, "다른 사용자가 먼저 수정했습니다",
        $"현재 버전은 {current}입니다. 최신 내용을 다시 불러온 뒤 수정하세요.");

    public static Problem PreconditionRequired() => new(ProblemKind.PreconditionRequired, "버전이 필요합니다",
        "변경하려면 마지막으로 받은 ETag를 If-Match 헤더(또는 본문의 version)로 보내세요.");

    /// <summary>Null when the version the caller last saw is the current one; otherwise the 428 or 412.</summary>
    public static Problem? Precondition(long? expected, long current) => expected switch
    {
        null => PreconditionRequired(),
        var e when e != current => Stale(current),
        _ => null,
    };
}
