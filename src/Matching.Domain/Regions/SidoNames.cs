using System.Text;

namespace Matching.Domain.Regions;

/// <summary>Short, older and romanised spellings of the 17 시도, as people type them into forms.</summary>
internal static class SidoNames
{
    // Older official names (강원도, 전라북도, 제주도) stay here so records from before the
    // 특별자치도 renamings still resolve.
    private static readonly (string Official, string[] Aliases)[] Table =
    [
        ("서울특별시", ["서울", "서울시", "Seoul"]),
        ("부산광역시", ["부산", "부산시", "Busan", "Pusan"]),
        ("대구광역시", ["대구", "대구시", "Daegu"]),
        ("인천광역시", ["인천", "인천시", "Incheon"]),
        ("광주광역시", ["광주", "광주시", "Gwangju"]),
        ("대전광역시", ["대전", "대전시", "Daejeon"]),
        ("울산광역시", ["울산", "울산시", "Ulsan"]),
        ("세종특별자치시", ["세종", "세종시", "Sejong"]),
        ("경기도", ["경기", "Gyeonggi", "Gyeonggi-do"]),
        ("강원특별자치도", ["강원", "강원도", "Gangwon", "Gangwon-do"]),
        ("충청북도", ["충북", "Chungbuk", "Chungcheongbuk-do"]),
        ("충청남도", ["충남", "Chungnam", "Chungcheongnam-do"]),
        ("전북특별자치도", ["전북", "전라북도", "전북도", "Jeonbuk", "Jeollabuk-do"]),
        ("전라남도", ["전남", "Jeonnam", "Jeollanam-do"]),
        ("경상북도", ["경북", "Gyeongbuk", "Gyeongsangbuk-do"]),
        ("경상남도", ["경남", "Gyeongnam", "Gyeongsangnam-do"]),
        ("제주특별자치도", ["제주", "제주도", "Jeju", "Jeju-do"]),
    ];

    public static IEnumerable<(string Official, string Alias)> All =>
        Table.SelectMany(row => row.Aliases.Prepend(row.Official).Select(alias => (row.Official, alias)));

    /// <summary>NFC, no whitespace: the form every name is compared in.</summary>
    /// <remarks>macOS and some phones submit decomposed Hangul (NFD), which would never match otherwise.</remarks>
    public static string Compact(string text)
    {
        var composed = text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(composed.Length);
        foreach (var c in composed)
        {
            if (!char.IsWhiteSpace(c))
                builder.Append(c);
        }
        return builder.ToString();
    }
}
