using Matching.Domain.Matching;
using Matching.Domain.Profiles;
using static Matching.UnitTests.Matching.MatchingFixtures;

namespace Matching.UnitTests.Matching;

/// <summary>
/// The cheap rest bound the scan of seekers of an opening rejects candidates with must never fall below what the scorer
/// gives the pair (or a candidate that could enter the top N would be dropped), nor rise above the list's own best.
/// </summary>
public class SeekerRestBoundTests
{
    private static readonly string[] ManySkills = [.. Enumerable.Range(0, 90).Select(i => $"기술 {i}")];

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 40)]
    [InlineData(3, 4000)] // past the freshness table, and ages moved on
    public void Never_below_the_scorers_components_nor_above_the_best_rest(int seed, int daysLater)
    {
        var opt = new ScoringOptions();
        var fs = new FeatureSpace(opt, Related, Routes);
        var pop = new RandomPopulation(seed);
        var r = new Random(seed);
        var today = Today.AddDays(daysLater);
        int day = today.DayNumber, year = today.Year, exact = 0, pairs = 0;
        // Every pair passes the hard filters, so the scorer fills every component: anyone, at the opening's door.
        var seekers = Enumerable.Range(0, 400).Select(_ => fs.Compile(Vary(pop.Seeker(), r) with
        {
            Active = true, ConsentToMatching = true, AcceptsAnyOccupation = true, Latitude = Lat, Longitude = Lon, Certificates = [],
        })).ToArray();
        var openings = Enumerable.Range(0, 60).Select(_ => fs.Compile(Vary(pop.Opening(), r) with
        {
            Active = true, Filled = 0, ClosesOn = today, Latitude = Lat, Longitude = Lon, RequiredCertificates = [], IndustrialPark = null,
        })).ToArray();
        foreach (var o in openings)
        {
            var bound = new SeekerRestBound(fs, o, day, year);
            double best = fs.BestRest(o, day) - opt.ExperienceWeight;
            for (int i = 0; i < seekers.Length; i++)
            {
                PairScorer.Evaluate(fs, seekers[i], o, day, year, out var e);
                Assert.Equal(MatchRejection.None, e.Rejection);
                double rest = opt.WageWeight * e.Wage + opt.ConditionsWeight * e.Conditions + opt.SkillsWeight * e.Skills
                    + opt.EducationWeight * e.Education + opt.ProgrammeWeight * e.Programme + opt.FreshnessWeight * e.Freshness;
                double upper = bound.Upper(new SeekerPosting(i, seekers[i], 10, 0));
                Assert.True(upper >= rest - 1e-9, $"opening {o.Id} seeker {seekers[i].Id}: bound {upper} below the scorer's {rest}");
                Assert.True(upper <= best + 1e-9, $"opening {o.Id} seeker {seekers[i].Id}: bound {upper} above the best rest {best}");
                pairs++;
                if (upper - rest < 1e-9) exact++;
            }
        }
        // Only wage and skills are loosened, so most pairs are bounded exactly; a bound far above would reject nothing.
        Assert.True(exact > pairs / 3, $"{exact} of {pairs} pairs bounded exactly");
    }

    /// <summary>Values the random population leaves out: unknown wage and hours, colliding skill bits, odd ages and limits.</summary>
    private static SeekerProfile Vary(SeekerProfile s, Random r) => s with
    {
        DesiredWage = r.Next(5) == 0 ? null : s.DesiredWage,
        MaxWeeklyHours = r.Next(4) switch { 0 => null, 1 => r.Next(1, 80), 2 => 300 + r.Next(100), _ => s.MaxWeeklyHours },
        BirthYear = r.Next(6) == 0 ? 1890 + r.Next(150) : s.BirthYear,
        Skills = r.Next(3) == 0 ? [.. ManySkills.Where(_ => r.Next(3) == 0)] : s.Skills,
        UpdatedAt = r.Next(8) == 0 ? Now.AddDays(5 - r.Next(5000)) : s.UpdatedAt,
    };

    private static OpeningProfile Vary(OpeningProfile o, Random r) => o with
    {
        WorkHours = r.Next(4) switch { 0 => null, 1 => r.Next(1, 80), 2 => 250 + r.Next(100), _ => o.WorkHours },
        PreferredSkills = r.Next(3) == 0 ? [.. ManySkills.Where(_ => r.Next(4) == 0)] : o.PreferredSkills,
        WageMin = r.Next(8) == 0 ? 0 : o.WageMin,
        WageMax = r.Next(8) == 0 ? null : o.WageMax,
        PostedAt = r.Next(8) == 0 ? Now.AddDays(-r.Next(5000)) : o.PostedAt,
    };
}
