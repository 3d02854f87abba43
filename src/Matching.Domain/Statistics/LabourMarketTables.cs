using Matching.Domain.Occupations;
using Matching.Domain.Profiles;
using Matching.Domain.Validation;

namespace Matching.Domain.Statistics;

/// <summary>
/// The 일자리 공시 definitions: 신규구인인원 (headcount of openings registered in the period),
/// 신규구직자수 (seekers registered in the period), 구인배율 = 구인 / 구직, 취업건수 (placements in the
/// period), 취업률 = 취업건수 / 신규구직자수 × 100. Rows: the 35 KECO 중분류, 성별, 연령대, total.
/// </summary>
public static class LabourMarketTables
{
    public static IReadOnlyList<(Gender Gender, string Name)> Genders { get; } = [(Gender.Male, "남"), (Gender.Female, "여")];

    public static IReadOnlyList<(string Key, string Name)> AgeBands { get; } =
    [
        ("29-", AgeBand.UpTo29), ("30-39", AgeBand.Thirties), ("40-49", AgeBand.Forties), ("50-59", AgeBand.Fifties),
        ("60+", AgeBand.SixtyAndOver),
    ];

    public static LabourMarketReport Build(
        DateOnly from, DateOnly to, IEnumerable<OpeningFact> openings, IEnumerable<PersonFact> seekers, IEnumerable<PersonFact> placements,
        OccupationCatalog? catalog = null)
    {
        var groups = (catalog ?? OccupationCatalog.Keco2018).MiddleGroups;
        var groupIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < groups.Count; i++)
        {
            groupIndex[groups[i].Code] = i;
        }

        // Columns: 0 headcount, 1 seekers, 2 placements. Rows: occupations, then genders, then age bands, then total.
        var genderBase = groups.Count;
        var ageBase = genderBase + Genders.Count;
        var total = ageBase + AgeBands.Count;
        var cells = new int[total + 1, 3];

        foreach (var o in openings)
        {
            cells[total, 0] += o.Headcount;
            if (GroupOf(o.Occupation, groupIndex) is { } g)
            {
                cells[g, 0] += o.Headcount;
            }
        }

        Count(seekers, 1);
        Count(placements, 2);

        LabourMarketRow Row(int r, string key, string name) => MakeRow(key, name, cells[r, 0], cells[r, 1], cells[r, 2]);
        return new LabourMarketReport(
            from,
            to,
            Row(total, "total", "전체"),
            groups.Select((g, i) => Row(i, g.Code, g.Name)).ToList(),
            Genders.Select((g, i) => Row(genderBase + i, g.Gender.ToString(), g.Name)).ToList(),
            AgeBands.Select((a, i) => Row(ageBase + i, a.Key, a.Name)).ToList());

        void Count(IEnumerable<PersonFact> people, int column)
        {
            foreach (var p in people)
            {
                cells[total, column] += p.Count;
                cells[genderBase + (p.Gender == Gender.Male ? 0 : 1), column] += p.Count;
                cells[ageBase + AgeBandIndex(BirthYearRule.AgeIn(p.BirthYear, p.RegisteredOn.Year)), column] += p.Count;
                if (GroupOf(p.Occupation, groupIndex) is { } g)
                {
                    cells[g, column] += p.Count;
                }
            }
        }
    }

    public static LabourMarketRow MakeRow(string key, string name, int headcount, int seekers, int placements) => new(
        key, name, headcount, seekers,
        seekers == 0 ? null : Round((decimal)headcount / seekers),
        placements,
        seekers == 0 ? null : Round(placements * 100m / seekers));

    /// <summary>The published tables round half away from zero to one decimal (decimal arithmetic, so 0.25 stays 0.25).</summary>
    public static decimal Round(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    /// <summary>The 중분류 of a KECO code is its first two digits; a 대분류 or a missing code belongs to no row.</summary>
    private static int? GroupOf(string? occupation, Dictionary<string, int> groupIndex) =>
        occupation is { Length: >= 2 } && groupIndex.TryGetValue(occupation[..2], out var i) ? i : null;

    private static int AgeBandIndex(int age) => age switch
    {
        <= 29 => 0,
        <= 39 => 1,
        <= 49 => 2,
        <= 59 => 3,
        _ => 4,
    };
}
