using BenchmarkDotNet.Attributes;
using Matching.Domain.Occupations;

namespace Matching.Benchmarks;

/// <summary>Typeahead budget: well under a millisecond per query, in process.</summary>
[MemoryDiagnoser]
public class OccupationSearchBenchmarks
{
    private OccupationCatalog _catalog = null!;

    // 사 is the worst case: a one-syllable query that hits most names.
    [Params("요양", "용접", "경리", "사무", "사", "요양 보호사", "우주비행사")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _catalog = OccupationCatalog.Keco2018;
        _catalog.Search(Query);
    }

    [Benchmark]
    public IReadOnlyList<OccupationMatch> Search() => _catalog.Search(Query);

    [Benchmark]
    public IReadOnlyList<OccupationMatch> SearchMiddleGroups() => _catalog.Search(Query, level: 2);
}
