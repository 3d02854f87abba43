using Matching.Domain.Occupations;

namespace Matching.UnitTests.Occupations;

public class SynonymTableTests
{
    private static readonly OccupationCatalog Keco = OccupationCatalog.Keco2018;

    public static TheoryData<string, string, string> Rows()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (term, code, kecoName) in ReadTable())
        {
            data.Add(term, code, kecoName);
        }

        return data;
    }

    public static TheoryData<string, string> TermsAndCodes()
    {
        var data = new TheoryData<string, string>();
        foreach (var (term, code, _) in ReadTable())
        {
            data.Add(term, code);
        }

        return data;
    }

    [Fact]
    public void The_table_holds_a_useful_number_of_everyday_words()
        => Assert.InRange(ReadTable().Count, 40, 100);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_synonym_points_at_an_existing_code_with_the_name_written_beside_it(string term, string code, string kecoName)
    {
        Assert.False(string.IsNullOrWhiteSpace(term));
        Assert.Equal(kecoName, Keco.Find(code)?.Name);
    }

    [Theory]
    [MemberData(nameof(TermsAndCodes))]
    public void Each_synonym_finds_its_occupation_near_the_top(string term, string code)
        => Assert.Contains(code, Keco.Search(term, limit: 5).Select(m => m.Occupation.Code));

    private static List<(string Term, string Code, string KecoName)> ReadTable()
    {
        using var stream = typeof(OccupationCatalog).Assembly.GetManifestResourceStream("Matching.Domain.Data.occupation-synonyms.tsv")!;
        using var reader = new StreamReader(stream);
        var rows = new List<(string, string, string)>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                var cells = line.Split('\t');
                rows.Add((cells[0], cells[1], cells[2]));
            }
        }

        return rows;
    }
}
