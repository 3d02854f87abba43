using Matching.Domain.Occupations;

namespace Matching.IntegrationTests.Stats;

/// <summary>
/// The published 일자리 공시 tables of 인천 서구 (seed 000, 「구인구직 및 취업건수 총괄」, 「성별 동향」,
/// 「연령별 동향」, 「서구 직종별 동향」), and synthetic people that reproduce them.
/// </summary>
public static class SeoGuTables
{
    /// <summary>직종별 신규구인인원 and 신규구직자수 in 2024, with the published 구인배율, in the 35 중분류 order.</summary>
    public static readonly (int Openings, int Seekers, decimal Ratio)[] Occupations2024 =
    [
        (218, 1_525, 0.1m), (3_702, 13_081, 0.3m), (8, 510, 0.0m), (0, 30, 0.0m), (7, 116, 0.1m), (57, 1_995, 0.0m),
        (251, 888, 0.3m), (730, 1_931, 0.4m), (54, 1_299, 0.0m), (4, 182, 0.0m), (782, 2_923, 0.3m), (0, 73, 0.0m),
        (0, 10, 0.0m), (739, 2_890, 0.3m), (186, 3_335, 0.1m), (42, 284, 0.1m), (5, 1_158, 0.0m), (8, 401, 0.0m),
        (1_035, 2_993, 0.3m), (227, 1_719, 0.1m), (5_026, 4_095, 1.2m), (1_208, 2_909, 0.4m), (794, 2_477, 0.3m),
        (2_252, 2_849, 0.8m), (1_018, 2_558, 0.4m), (2_742, 2_045, 1.3m), (1_852, 1_064, 1.7m), (1_048, 1_938, 0.5m),
        (52, 156, 0.3m), (797, 308, 2.6m), (111, 145, 0.8m), (590, 596, 1.0m), (759, 646, 1.2m), (5_206, 2_784, 1.9m),
        (34, 311, 0.1m),
    ];

    public sealed record Year(
        int Value, int Openings, int Seekers, int Placements, decimal Ratio, decimal Rate,
        int[] SeekersByGender, int[] PlacementsByGender, decimal[] RateByGender,
        int[] SeekersByAge, int[] PlacementsByAge, decimal[] RateByAge);

    // Gender rows are 남, 여; age rows 29세 이하, 30대, 40대, 50대, 60세 이상.
    public static readonly Year Y2023 = new(2023, 37_586, 63_407, 19_720, 0.6m, 31.1m,
        [25_882, 37_525], [8_360, 11_360], [32.3m, 30.3m],
        [13_428, 12_227, 12_625, 13_010, 12_117], [3_649, 3_242, 3_628, 4_599, 4_602], [27.2m, 26.5m, 28.7m, 35.3m, 38.0m]);

    public static readonly Year Y2024 = new(2024, 31_544, 62_237, 19_499, 0.5m, 31.3m,
        [26_870, 35_367], [8_771, 10_728], [32.6m, 30.3m],
        [13_458, 11_953, 11_722, 12_148, 12_956], [3_721, 3_139, 3_572, 4_280, 4_787], [27.6m, 26.3m, 30.5m, 35.2m, 36.9m]);

    private static readonly int[] AgeAtRegistration = [25, 35, 45, 55, 65];

    public sealed record Person(string? Occupation, string Gender, int BirthYear, DateOnly RegisteredOn, DateOnly HiredOn);

    /// <summary>
    /// People whose marginals are the published ones: the i-th person takes the i-th entry of each
    /// expanded column. Past the 직종 breakdown (2024's 13 unclassified seekers; all of 2023 and the
    /// placements, which have none) a person has no occupation: counted in totals, in no 중분류 row.
    /// </summary>
    public static IEnumerable<Person> People(Year year, int[] byGender, int[] byAge, int[]? byOccupation)
    {
        var groups = OccupationCatalog.Keco2018.MiddleGroups;
        var total = byGender.Sum();
        var occupations = byOccupation is null
            ? []
            : byOccupation.SelectMany((n, i) => Enumerable.Repeat(FirstDetailed(groups[i].Code), n)).ToList();
        var genders = byGender.SelectMany((n, i) => Enumerable.Repeat(i == 0 ? "Male" : "Female", n)).ToList();
        var ages = byAge.SelectMany((n, i) => Enumerable.Repeat(AgeAtRegistration[i], n)).ToList();
        for (var i = 0; i < total; i++)
        {
            var registeredOn = new DateOnly(year.Value, 1 + i % 12, 1 + i % 28);
            yield return new Person(i < occupations.Count ? occupations[i] : null, genders[i], year.Value - ages[i], registeredOn,
                registeredOn.AddDays(i % 3));
        }
    }

    public static IEnumerable<Person> Seekers(Year year) =>
        People(year, year.SeekersByGender, year.SeekersByAge, year == Y2024 ? Occupations2024.Select(o => o.Seekers).ToArray() : null);

    public static IEnumerable<Person> Placements(Year year) => People(year, year.PlacementsByGender, year.PlacementsByAge, null);

    /// <summary>Openings of at most 5,000 places each (the form allows 10,000), per 중분류 for 2024.</summary>
    public static IEnumerable<(string Occupation, int Headcount, DateOnly PostedOn)> Openings(Year year)
    {
        var groups = OccupationCatalog.Keco2018.MiddleGroups;
        var rows = year == Y2024
            ? Occupations2024.Select((o, i) => (Code: FirstDetailed(groups[i].Code), o.Openings))
            : [(FirstDetailed("89"), year.Openings)];
        var n = 0;
        foreach (var (code, headcount) in rows)
        {
            for (var left = headcount; left > 0; left -= 5_000)
            {
                n++;
                yield return (code, Math.Min(left, 5_000), new DateOnly(year.Value, 1 + n % 12, 1 + n % 28));
            }
        }
    }

    private static string FirstDetailed(string code)
    {
        var children = OccupationCatalog.Keco2018.ChildrenOf(code);
        return children.Count == 0 ? code : FirstDetailed(children[0].Code);
    }
}
