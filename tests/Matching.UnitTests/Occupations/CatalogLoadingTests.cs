using Matching.Domain.Occupations;

namespace Matching.UnitTests.Occupations;

public class CatalogLoadingTests
{
    [Fact]
    public void Sample_loads_with_its_hierarchy()
    {
        var catalog = SampleCatalog.Load();
        Assert.Equal(10, catalog.All.Count);
        Assert.Equal(["70"], catalog.MiddleGroups.Select(o => o.Code));
        Assert.Equal(["7", "70", "701", "7012"], catalog.Ancestors("7012").Select(o => o.Code));
    }

    [Fact]
    public void A_missing_parent_is_rejected()
        => Assert.Throws<InvalidDataException>(() => SampleCatalog.Load(keco: SampleCatalog.Keco + "\n7031\t4\t703\t배관공"));

    [Fact]
    public void A_code_that_does_not_fit_its_level_is_rejected()
        => Assert.Throws<InvalidDataException>(() => SampleCatalog.Load(keco: SampleCatalog.Keco + "\n70111\t4\t701\t목공 보조"));

    [Fact]
    public void A_worknet_code_outside_keco_is_rejected()
        => Assert.Throws<InvalidDataException>(() => SampleCatalog.Load(worknet: SampleCatalog.Worknet + "\n999901\t3\t081\t없는 직종\t\t\t"));

    [Fact]
    public void A_synonym_for_an_unknown_code_is_rejected()
        => Assert.Throws<InvalidDataException>(() => SampleCatalog.Load(synonyms: SampleCatalog.Synonyms + "\n배관\t7031\t배관공"));

    [Fact]
    public void A_file_without_the_expected_columns_is_rejected()
        => Assert.Throws<InvalidDataException>(() => SampleCatalog.Load(keco: "코드\t이름\n7\t건설"));
}
