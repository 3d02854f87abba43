using Matching.Domain.Occupations;

namespace Matching.Application.Common;

public static class OccupationRules
{
    public const string UnknownCode = "한국고용직업분류(KECO 2018)에 없는 코드입니다.";

    /// <summary>
    /// A seeker's 희망직종: one to three distinct KECO codes of any level. <paramref name="mayBeEmpty"/>: a
    /// historical record registered without one (직종 미분류), which the import accepts.
    /// </summary>
    public static List<string> Desired(IReadOnlyList<string>? codes, ValidationErrors errors, bool mayBeEmpty = false)
    {
        var result = new List<string>();
        if (codes is null || codes.Count == 0)
        {
            if (!mayBeEmpty)
            {
                errors.Add("desiredOccupations", "희망직종을 1개 이상 선택하세요.");
            }

            return result;
        }

        if (codes.Count > 3)
        {
            errors.Add("desiredOccupations", "희망직종은 최대 3개까지 선택할 수 있습니다.");
        }

        for (var i = 0; i < codes.Count; i++)
        {
            var code = codes[i]?.Trim();
            if (string.IsNullOrEmpty(code) || !OccupationCatalog.Keco2018.Exists(code))
            {
                errors.Add($"desiredOccupations[{i}]", UnknownCode);
            }
            else if (result.Contains(code))
            {
                errors.Add($"desiredOccupations[{i}]", "같은 직종이 두 번 선택되었습니다.");
            }
            else
            {
                result.Add(code);
            }
        }

        return result;
    }
}
