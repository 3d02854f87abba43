using Matching.Domain.Occupations;

namespace Matching.UnitTests.Occupations;

public class KecoHierarchyTests
{
    private static readonly OccupationCatalog Keco = OccupationCatalog.Keco2018;

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 35)]
    [InlineData(3, 136)]
    [InlineData(4, 450)]
    public void Each_level_has_its_published_count(int level, int count)
        => Assert.Equal(count, Keco.All.Count(o => o.Level == level));

    [Fact]
    public void Every_item_sits_under_an_existing_parent_one_level_up()
    {
        foreach (var o in Keco.All.Where(o => o.Level > 1))
        {
            var parent = Keco.Find(o.ParentCode!);
            Assert.NotNull(parent);
            Assert.Equal(o.Level - 1, parent.Level);
            Assert.StartsWith(parent.Code, o.Code);
        }

        Assert.All(Keco.All.Where(o => o.Level == 1), o => Assert.Null(o.ParentCode));
    }

    [Fact]
    public void Every_minor_group_has_detailed_occupations()
        => Assert.All(Keco.All.Where(o => o.Level == 3), o => Assert.NotEmpty(Keco.ChildrenOf(o.Code)));

    [Fact]
    public void Middle_groups_are_the_35_rows_in_code_order()
    {
        var middle = Keco.MiddleGroups;
        Assert.Equal(35, middle.Count);
        Assert.Equal("01", middle[0].Code);
        Assert.Equal("관리직(임원·부서장)", middle[0].Name);
        Assert.Equal("90", middle[^1].Code);
        Assert.Equal(middle.Select(o => o.Code).Order(StringComparer.Ordinal), middle.Select(o => o.Code));
    }

    [Fact]
    public void Care_worker_is_found_by_code_and_worknet_codes_are_not_keco_codes()
    {
        Assert.Equal(new Occupation("5501", 4, "550", "요양 보호사 및 간병인"), Keco.Find("5501"));
        Assert.True(Keco.Exists("55"));
        Assert.False(Keco.Exists("550103"));
        Assert.Null(Keco.Find("018"));
    }

    [Fact]
    public void Ancestors_run_from_the_major_group_down_to_the_item()
        => Assert.Equal(["5", "55", "550", "5501"], Keco.Ancestors("5501").Select(o => o.Code));

    [Fact]
    public void Ancestors_of_a_major_group_is_the_group_itself()
        => Assert.Equal(["5"], Keco.Ancestors("5").Select(o => o.Code));

    [Fact]
    public void Children_of_the_care_minor_group_are_care_and_childcare_helpers()
        => Assert.Equal(["5501", "5502"], Keco.ChildrenOf("550").Select(o => o.Code));

    [Fact]
    public void A_detailed_occupation_or_unknown_code_has_no_children_or_ancestors()
    {
        Assert.Empty(Keco.ChildrenOf("5501"));
        Assert.Empty(Keco.ChildrenOf("9999"));
        Assert.Empty(Keco.Ancestors("9999"));
    }

    [Theory]
    [InlineData("5501", "5501", 4)]
    [InlineData("8241", "8242", 3)] // 용접원, 용접기조작원: same 소분류
    [InlineData("8241", "8221", 2)] // 용접원, 판금원: same 중분류
    [InlineData("5501", "5611", 1)] // 요양 보호사, 청소원: same 대분류
    [InlineData("5501", "0272", 0)]
    [InlineData("55", "5501", 2)]
    [InlineData("5501", "550", 3)]
    [InlineData("5501", "9999", 0)]
    public void Proximity_is_the_deepest_shared_level(string a, string b, int expected)
    {
        Assert.Equal(expected, Keco.Proximity(a, b));
        Assert.Equal(expected, Keco.Proximity(b, a));
    }

    [Fact]
    public void The_shipped_catalog_is_loaded_once()
        => Assert.Same(OccupationCatalog.Keco2018, OccupationCatalog.Keco2018);
}
