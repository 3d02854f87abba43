using Matching.Infrastructure.Store.Entities;

namespace Matching.Api.Web;

/// <summary>Import kinds, formats and states as the import page names them.</summary>
public static class ImportWords
{
    public static string Korean(this ImportKind kind) => kind switch
    {
        ImportKind.Seekers => "구직자",
        ImportKind.Openings => "구인공고",
        ImportKind.Placements => "취업 기록",
        _ => kind.ToString(),
    };

    public static string Korean(this ImportState state) => state switch
    {
        ImportState.Receiving => "받는 중",
        ImportState.Queued => "대기",
        ImportState.Running => "처리 중",
        ImportState.Completed => "완료",
        ImportState.Failed => "실패",
        _ => state.ToString(),
    };

    public static bool IsFinished(this ImportState state) => state is ImportState.Completed or ImportState.Failed;

    /// <summary>The format from the file's name: .csv is CSV, anything else (.ndjson, .jsonl, .json) one JSON object a line.</summary>
    public static ImportFormat FormatOf(string fileName) =>
        fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ImportFormat.Csv : ImportFormat.Ndjson;
}
