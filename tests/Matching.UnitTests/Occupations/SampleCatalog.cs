using Matching.Domain.Occupations;

namespace Matching.UnitTests.Occupations;

/// <summary>A hand-made slice of KECO in the shipped TSV formats, small enough to reason about ranks.</summary>
internal static class SampleCatalog
{
    public const string Keco = """
        code	level	parent_code	name_ko
        7	1		건설·채굴직
        70	2	7	건설·채굴직
        701	3	70	목공
        7011	4	701	목공
        7012	4	701	목공 반장
        7013	4	701	목공 기능장 보조
        7014	4	701	건축 목공
        7015	4	701	인테리어목공원
        702	3	70	미장
        7021	4	702	미장공
        """;

    public const string Worknet = """
        code	level	parent_code	name_ko	keco2018_code	keco2018_name	also_listed_under
        08	1		건설·채굴 일감			
        081	2	08	거푸집 일감			
        701100	3	081	목공	7011	목공	
        701101	3	081	거푸집 목수	7011	목공	
        702101	3	081	미장 견습공	7021	미장공	
        702102	3	081	목공 겸 미장공	7021	미장공	
        """;

    public const string Synonyms = """
        term	code	keco_name
        # notes are allowed
        나무	7014	건축 목공
        나무	7011	목공
        """;

    public static OccupationCatalog Load(string keco = Keco, string? worknet = Worknet, string? synonyms = Synonyms)
        => OccupationCatalog.Load(
            new StringReader(keco),
            worknet is null ? null : new StringReader(worknet),
            synonyms is null ? null : new StringReader(synonyms));
}
