using Matching.Domain.Exports;

namespace Matching.Domain.Statistics;

/// <summary>The tables as CSV (<see cref="CsvFile"/>).</summary>
public static class LabourMarketCsv
{
    public static void Write(LabourMarketReport report, TextWriter writer)
    {
        writer.Write($"기간,{report.From:yyyy-MM-dd},{report.To:yyyy-MM-dd}\r\n");
        writer.Write("구분,코드,항목,신규구인인원,신규구직자수,구인배율,취업건수,취업률(%)\r\n");
        foreach (var (section, row) in Sections(report.Total, report.ByOccupation, report.ByGender, report.ByAgeBand))
        {
            Line(writer, section, row.Key, row.Name, row.OpeningsHeadcount, row.NewSeekers, row.OpeningsPerSeeker, row.Placements, row.PlacementRate);
        }
    }

    public static void Write(LabourMarketComparison comparison, TextWriter writer)
    {
        writer.Write($"기간,{comparison.Previous.From:yyyy-MM-dd},{comparison.Previous.To:yyyy-MM-dd},{comparison.Current.From:yyyy-MM-dd},{comparison.Current.To:yyyy-MM-dd}\r\n");
        writer.Write("구분,코드,항목,지표,전기,당기,증감,증감률(%)\r\n");
        foreach (var (section, row) in Sections(comparison.Total, comparison.ByOccupation, comparison.ByGender, comparison.ByAgeBand))
        {
            foreach (var (metric, change) in new[]
                     {
                         ("신규구인인원", row.OpeningsHeadcount), ("신규구직자수", row.NewSeekers), ("구인배율", row.OpeningsPerSeeker),
                         ("취업건수", row.Placements), ("취업률", row.PlacementRate),
                     })
            {
                Line(writer, section, row.Key, row.Name, metric, change.Previous, change.Current, change.Difference, change.Rate);
            }
        }
    }

    private static IEnumerable<(string Section, T Row)> Sections<T>(T total, IEnumerable<T> occupations, IEnumerable<T> genders, IEnumerable<T> ages) =>
        new[] { ("전체", total) }
            .Concat(occupations.Select(r => ("직종", r)))
            .Concat(genders.Select(r => ("성별", r)))
            .Concat(ages.Select(r => ("연령대", r)));

    private static void Line(TextWriter writer, params object?[] cells) => CsvFile.Line(writer, cells);
}
