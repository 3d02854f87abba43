using Matching.Domain.Occupations;

namespace Matching.UnitTests.Occupations;

public class KecoSearchTests
{
    private static readonly OccupationCatalog Keco = OccupationCatalog.Keco2018;

    private static List<string> Codes(string query, int? level = null, int limit = 20)
        => Keco.Search(query, level, limit).Select(m => m.Occupation.Code).ToList();

    [Fact]
    public void Query_yoyang_puts_5501_first()
        => Assert.Equal("5501", Codes("요양")[0]);

    [Fact]
    public void Query_yongjeop_finds_the_welding_detailed_occupations_first()
        => Assert.Equal(["8241", "8242"], Codes("용접")[..2]);

    [Fact]
    public void Query_gyeongri_finds_the_bookkeeping_and_accounting_clerks()
    {
        var codes = Codes("경리");
        Assert.Equal("0272", codes[0]); // 경리 사무원
        Assert.Contains("0271", codes[..3]); // 회계 사무원
    }

    [Theory]
    [InlineData("요양보호사")]
    [InlineData("요양 보호사")]
    [InlineData("요양·보호사")]
    [InlineData(" 요양 보호사 및 간병인 ")]
    [InlineData("요양보호사및간병인")]
    public void Spacing_and_punctuation_do_not_matter(string query)
        => Assert.Equal("5501", Codes(query)[0]);

    [Fact]
    public void The_exact_keco_name_scores_as_an_exact_match()
    {
        var top = Keco.Search("요양 보호사 및 간병인")[0];
        Assert.Equal("5501", top.Occupation.Code);
        Assert.Null(top.MatchedTerm);
    }

    [Fact]
    public void A_worknet_title_counts_for_its_detailed_occupation()
    {
        var top = Keco.Search("지게차 운전원")[0];
        Assert.Equal("6230", top.Occupation.Code); // from Worknet 623004
        Assert.Equal("지게차 운전원", top.MatchedTerm);

        Assert.Equal("5113", Codes("네일 아티스트")[0]); // Worknet 511302 → 피부 및 체형 관리사
    }

    [Theory]
    [InlineData("요양")]
    [InlineData("용접")]
    [InlineData("사")]
    [InlineData("시설 요양보호사")]
    [InlineData("550103")]
    public void Results_are_always_keco_codes(string query)
        => Assert.All(Codes(query, limit: 100), code => Assert.True(Keco.Exists(code), code));

    [Fact]
    public void Level_filter_returns_only_that_level()
    {
        var middle = Keco.Search("요양", level: 2);
        Assert.Equal("55", middle[0].Occupation.Code);
        Assert.All(middle, m => Assert.Equal(2, m.Occupation.Level));
        Assert.Equal("요양", middle[0].MatchedTerm);
    }

    [Fact]
    public void Level_filter_surfaces_the_group_of_a_matching_job()
        => Assert.Equal("824", Codes("용접", level: 3)[0]);

    [Fact]
    public void Specific_jobs_come_before_broader_groups_with_the_same_name()
    {
        var codes = Codes("용접원");
        Assert.True(codes.IndexOf("8241") < codes.IndexOf("824"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t")]
    [InlineData("·(),")]
    public void Empty_query_finds_nothing(string query)
        => Assert.Empty(Keco.Search(query));

    [Fact]
    public void A_word_no_name_contains_finds_nothing()
        => Assert.Empty(Keco.Search("우주비행사xyz"));

    [Fact]
    public void Results_are_ranked_best_first_and_capped_at_the_limit()
    {
        var matches = Keco.Search("사", limit: 7);
        Assert.Equal(7, matches.Count);
        Assert.Equal(matches.OrderByDescending(m => m.Score).Select(m => m.Score), matches.Select(m => m.Score));
    }

    [Fact]
    public void Digits_match_codes_exact_first_then_in_code_order()
        => Assert.Equal(["55", "550", "5501", "5502"], Codes("55"));

    [Fact]
    public void Latin_letters_match_case_insensitively()
        => Assert.Contains("0295", Codes("html")); // Worknet 029504 HTML 코더

    [Fact]
    public void Out_of_range_level_or_limit_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Keco.Search("요양", level: 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Keco.Search("요양", limit: 0));
    }
}
