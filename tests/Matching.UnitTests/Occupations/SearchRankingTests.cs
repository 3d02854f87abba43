using Matching.Domain.Occupations;

namespace Matching.UnitTests.Occupations;

public class SearchRankingTests
{
    private readonly OccupationCatalog _catalog = SampleCatalog.Load();

    private List<string> Codes(string query, int? level = null)
        => _catalog.Search(query, level).Select(m => m.Occupation.Code).ToList();

    [Fact]
    public void Exact_beats_prefix_beats_whole_word_beats_contains()
        // 7011 exact, 701 exact but broader, 7012/7013 and a Worknet title of 7021 start with it,
        // 7014 has it as a word, 7015 inside a word.
        => Assert.Equal(["7011", "701", "7012", "7013", "7021", "7014", "7015"], Codes("목공"));

    [Fact]
    public void Among_equal_matches_the_shorter_name_comes_first()
        => Assert.True(Codes("목공").IndexOf("7012") < Codes("목공").IndexOf("7013"));

    [Fact]
    public void A_worknet_title_finds_its_detailed_occupation_by_the_first_four_digits()
    {
        var top = _catalog.Search("거푸집 목수")[0];
        Assert.Equal("7011", top.Occupation.Code);
        Assert.Equal("거푸집 목수", top.MatchedTerm);
    }

    [Fact]
    public void Worknet_group_headers_are_ignored()
        => Assert.Empty(_catalog.Search("일감"));

    [Fact]
    public void A_worknet_title_ranks_below_a_keco_name_matched_the_same_way()
    {
        // Both start with 목공; the Worknet title 목공 겸 미장공 is even shorter, yet the KECO name wins.
        var codes = Codes("목공");
        Assert.True(codes.IndexOf("7013") < codes.IndexOf("7021"));
    }

    [Fact]
    public void A_synonym_listed_twice_ranks_its_codes_in_file_order()
    {
        var matches = _catalog.Search("나무");
        Assert.Equal(["7014", "7011"], matches.Select(m => m.Occupation.Code));
        Assert.All(matches, m => Assert.Equal("나무", m.MatchedTerm));
    }

    [Fact]
    public void Level_filter_lifts_a_matching_job_to_its_group()
    {
        var matches = _catalog.Search("반장", level: 3);
        Assert.Equal("701", Assert.Single(matches).Occupation.Code);
        Assert.Equal("목공 반장", matches[0].MatchedTerm);
    }

    [Fact]
    public void Level_filter_never_returns_deeper_items()
        => Assert.Equal(["70"], Codes("목공", level: 2));

    [Fact]
    public void Catalog_works_without_worknet_titles_or_synonyms()
    {
        var bare = SampleCatalog.Load(worknet: null, synonyms: null);
        Assert.Empty(bare.Search("나무"));
        Assert.Equal("7011", bare.Search("목공")[0].Occupation.Code);
    }
}
