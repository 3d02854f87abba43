using Matching.Domain.Matching;
using Matching.Domain.Profiles;
using static Matching.UnitTests.Matching.MatchingFixtures;

namespace Matching.UnitTests.Matching;

/// <summary>Gender, age (outside programme rules), nationality and disability never change a score or a rank.</summary>
public class FairnessTests
{
    public static TheoryData<string> Variations => new() { "gender", "birthYear", "nationality", "disability", "all" };

    private static SeekerProfile Vary(SeekerProfile s, string what, Random r, DateOnly today)
    {
        SeekerProfile Gender(SeekerProfile x) => x with { Gender = x.Gender == Domain.Profiles.Gender.Male ? Domain.Profiles.Gender.Female : Domain.Profiles.Gender.Male };
        SeekerProfile Nationality(SeekerProfile x) => x with { Nationality = x.Nationality == "KR" ? "CN" : x.Nationality is null ? "PH" : null };
        SeekerProfile Disability(SeekerProfile x) => x with { Disability = !x.Disability };
        SeekerProfile Birth(SeekerProfile x) => x with { BirthYear = SameBandYear(x.BirthYear, today.Year, r) };
        return what switch
        {
            "gender" => Gender(s),
            "birthYear" => Birth(s),
            "nationality" => Nationality(s),
            "disability" => Disability(s),
            _ => Gender(Nationality(Disability(Birth(s)))),
        };
    }

    /// <summary>Another birth year in the same programme band (under 15, 15–34, 35–49, 50–64, 65+).</summary>
    private static int SameBandYear(int birthYear, int year, Random r)
    {
        int age = year - birthYear;
        (int lo, int hi) = age < 15 ? (0, 14) : age <= 34 ? (15, 34) : age < 50 ? (35, 49) : age <= 64 ? (50, 64) : (65, 99);
        return year - r.Next(lo, hi + 1);
    }

    [Theory]
    [MemberData(nameof(Variations))]
    public void Protected_attributes_change_no_score_and_no_rank(string what)
    {
        var pop = new RandomPopulation(7);
        var r = new Random(11);
        var seekers = Enumerable.Range(0, 400).Select(_ => pop.Seeker()).ToList();
        var openings = Enumerable.Range(0, 60).Select(_ => pop.Opening()).ToList();
        var varied = seekers.Select(s => Vary(s, what, r, Today)).ToList();
        Assert.Contains(varied.Zip(seekers), p => p.First != p.Second);

        var ranker = Ranker();
        foreach (var opening in openings)
        {
            var before = ranker.TopSeekersForOpening(opening, seekers, 400, Today);
            var after = ranker.TopSeekersForOpening(opening, varied, 400, Today);
            Assert.Equal(Describe(before), Describe(after));
        }
        for (int i = 0; i < seekers.Count; i += 5)
            Assert.Equal(Describe(ranker.TopOpeningsForSeeker(seekers[i], openings, 60, Today)), Describe(ranker.TopOpeningsForSeeker(varied[i], openings, 60, Today)));

        var index = Index();
        var variedIndex = Index();
        index.Rebuild(seekers, openings);
        variedIndex.Rebuild(varied, openings);
        foreach (var opening in openings)
            Assert.Equal(Describe(index.TopSeekersForOpening(opening.Id, 20, Today)!), Describe(variedIndex.TopSeekersForOpening(opening.Id, 20, Today)!));
    }

    [Fact]
    public void Birth_year_across_a_programme_boundary_only_moves_the_programme_component()
    {
        var opening = Opening() with { WelcomesProgrammes = [Programme.Youth] };
        var young = Scorer().Score(Seeker() with { BirthYear = 1991 }, opening, Today)!;
        var older = Scorer().Score(Seeker() with { BirthYear = 1990 }, opening, Today)!;
        Assert.Equal(young.Components with { Programme = 0 }, older.Components);
    }

    private static List<string> Describe(IReadOnlyList<ScoredMatch> matches)
        => [.. matches.Select(m => $"{m.SeekerId}/{m.OpeningId}/{m.Score}/{m.Widened}/{m.Components}/{string.Join("|", m.Reasons)}")];
}
