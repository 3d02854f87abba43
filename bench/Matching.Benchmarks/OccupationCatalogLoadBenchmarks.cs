using BenchmarkDotNet.Attributes;
using Matching.Domain.Occupations;

namespace Matching.Benchmarks;

/// <summary>What the first occupation request pays: parsing the embedded TSVs and building the index.</summary>
[MemoryDiagnoser]
public class OccupationCatalogLoadBenchmarks
{
    private byte[] _keco = [];
    private byte[] _worknet = [];
    private byte[] _synonyms = [];

    [GlobalSetup]
    public void Setup()
    {
        _keco = Read("keco2018.tsv");
        _worknet = Read("worknet-occupations.tsv");
        _synonyms = Read("occupation-synonyms.tsv");
    }

    [Benchmark]
    public OccupationCatalog Load()
        => OccupationCatalog.Load(Reader(_keco), Reader(_worknet), Reader(_synonyms));

    private static StreamReader Reader(byte[] bytes) => new(new MemoryStream(bytes));

    private static byte[] Read(string fileName)
    {
        using var stream = typeof(OccupationCatalog).Assembly.GetManifestResourceStream("Matching.Domain.Data." + fileName)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
