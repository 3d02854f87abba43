using Matching.Domain.Privacy;

namespace Matching.Application.Privacy;

/// <summary>
/// The purpose texts a seeker is shown before consenting, each with the version a consent record refers
/// to. Change a text only together with its version: a record must name the words the seeker agreed to.
/// </summary>
public static class ConsentPurposes
{
    public const string MatchingVersion = "2026-11-21";

    public const string MatchingText =
        "수집·이용 목적: 구인·구직 매칭, 취업 알선과 채용행사 안내\n" +
        "수집 항목: 이름, 출생연도, 성별, 연락처, 주소, 희망직종·임금·근로조건, 자격·기술·학력, 참여 지원사업\n" +
        "보유 기간: 동의를 철회하거나 마지막 이용일로부터 3년이 지나면 파기합니다\n" +
        "동의하지 않을 수 있으며, 이 경우 상담은 받을 수 있지만 기업 추천 목록에는 나타나지 않습니다.";

    public const string ShareVersion = "2026-12-02";

    public const string ShareText =
        "제공받는 자: 상담사가 알선하고 면접을 진행하기로 한 구인기업\n" +
        "제공 항목: 이름, 연락처\n" +
        "제공 목적: 면접 일정 안내와 채용 절차 진행\n" +
        "보유 기간: 해당 채용 절차가 끝날 때까지\n" +
        "동의하지 않을 수 있으며, 이 경우 기업에는 이름 대신 구직자 번호만 보이고 면접 안내는 상담사가 전합니다.";

    public static string VersionOf(ConsentKind kind) => kind == ConsentKind.Matching ? MatchingVersion : ShareVersion;

    public static string TextOf(ConsentKind kind) => kind == ConsentKind.Matching ? MatchingText : ShareText;

    public static string KoreanName(ConsentKind kind) => kind == ConsentKind.Matching ? "매칭 동의" : "기업 제공 동의";
}
