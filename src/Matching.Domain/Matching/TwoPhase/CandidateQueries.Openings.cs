using static Matching.Domain.Matching.TwoPhase.CandidateField;

namespace Matching.Domain.Matching.TwoPhase;

public sealed partial class CandidateQueries
{
    /// <summary>Phase one of the openings for a seeker.</summary>
    public CandidateQuery OpeningsFor(SeekerProfile seeker, DateOnly today)
    {
        var fs = new FeatureSpace(options, related, routes);
        return OpeningsFor(seeker, fs, fs.Compile(seeker), today);
    }

    /// <summary>Phase one for the seeker <paramref name="ranking"/> ranks openings for, from what it compiled: a query compiles its subject once.</summary>
    public CandidateQuery OpeningsFor(SeekerProfile seeker, ExactTopN ranking) =>
        OpeningsFor(seeker, ranking.Space, ranking.Subject(seeker), ranking.Today);

    private CandidateQuery OpeningsFor(SeekerProfile seeker, FeatureSpace fs, SeekerFeatures s, DateOnly today)
    {
        var opt = fs.Options;
        double k = fs.Scale;
        var filters = new List<Clause> { new TermIn(Status, [IndexedOpening.Open]), new DateFrom(ClosesOn, today) };
        var terms = new List<ScoreTerm>();

        // Occupation: openings inside a wish, sharing 소/중/대분류 with one, or under a related entry's other side.
        var wishes = new int[s.OccCount];
        for (int i = 0; i < wishes.Length; i++) wishes[i] = i == 0 ? s.Occ0 : i == 1 ? s.Occ1 : s.Occ2;
        var occupation = new List<Flat>();
        var admits = new List<Clause>();
        Clause? strict = null;
        if (wishes.Length > 0)
        {
            var majors = new TermIn(OccupationMajor, [.. wishes.Select(w => OccCode.ToCode(OccCode.Prefix(w, 1))).Distinct()]);
            admits.Add(majors);
            if (!s.AcceptsAny) strict = majors;
        }
        foreach (int w in wishes)
        {
            int len = OccCode.Length(w);
            occupation.Add(new Flat(new TermIn(Level(len), [OccCode.ToCode(w)]), opt.OccupationWeight * opt.SubGroupScore * k));
            for (int d = 1; d <= Math.Min(len - 1, 3); d++)
                occupation.Add(new Flat(new TermIn(Level(d), [OccCode.ToCode(OccCode.Prefix(w, d))]), opt.OccupationWeight * fs.LevelScore[d] * k));
        }
        foreach (var r in fs.Related.Entries)
        {
            if (r.Score <= 0 || !wishes.Any(w => OccCode.Related(w, r.To))) continue;
            var under = new TermIn(Level(OccCode.Length(r.From)), [OccCode.ToCode(r.From)]);
            admits.Add(under);
            occupation.Add(new Flat(under, opt.OccupationWeight * r.Score * k));
        }
        if (!s.AcceptsAny) filters.Add(new AnyOf(admits));
        occupation.RemoveAll(f => f.Weight <= 0);

        var held = IndexedProfiles.Terms(seeker.Certificates);
        var nothingRequired = new NumberIn(RequiredCertificateCount, null, 0);
        filters.Add(held.Length == 0 ? nothingRequired : new AnyOf([nothingRequired, new CoveredBy(RequiredCertificates, held, RequiredCertificateCount)]));

        // Distance: the seeker's own limit; openings in a park the seeker reaches by commute bus count as within it.
        double wDist = opt.DistanceWeight * k;
        Clause? maybeWithin = null;
        if (float.IsNaN(s.Lat)) Add(terms, null, opt.Neutral * wDist);
        else
        {
            var parks = Enumerable.Range(0, fs.Routes.Parks.Count).Where(i => (s.ParkMask & (1 << i)) != 0).Select(i => fs.Routes.Parks[i].Id).ToArray();
            var bus = parks.Length == 0 ? null : new TermIn(CandidateField.IndustrialPark, parks);
            Clause Near(double minutes) => bus is null ? new Within(seeker.Latitude!.Value, seeker.Longitude!.Value, Km(minutes, fs)) : new AnyOf([new Within(seeker.Latitude!.Value, seeker.Longitude!.Value, Km(minutes, fs)), bus]);
            filters.Add(Near(s.MaxCommuteMinutes * opt.CommuteWideningFactor));
            maybeWithin = Near(s.MaxCommuteMinutes);
            if (wDist > 0) terms.Add(new NearDecay(null, seeker.Latitude!.Value, seeker.Longitude!.Value, Km(s.MaxCommuteMinutes, fs), wDist));
            if (bus is not null) Add(terms, bus, opt.BusReachableScore * wDist);
        }
        AddTier(terms, maybeWithin, strict);

        // Wage: full from the seeker's asking wage up; falling to nothing at 0.8 of it.
        double wWage = opt.WageWeight * k;
        float desired = s.DesiredHourly;
        if (float.IsNaN(desired)) Add(terms, null, opt.Neutral * wWage);
        else
        {
            Add(terms, new Absent(HourlyWage), opt.Neutral * wWage);
            Add(terms, new NumberIn(HourlyWage, desired, null), wWage);
            double floor = desired * 0.8;
            for (int i = 0; i < WageSteps; i++)
            {
                double a = floor + (desired - floor) * i / WageSteps, b = floor + (desired - floor) * (i + 1) / WageSteps;
                Add(terms, new NumberIn(HourlyWage, a, b), Math.Clamp((b / desired - 0.8) / 0.2, 0, 1) * wWage);
            }
        }

        double wCond = opt.ConditionsWeight * k;
        if (s.TypeMask == 0) Add(terms, null, 0.7 * opt.Neutral * wCond);
        else
            Add(terms, new TermIn(EmploymentType, [.. Enum.GetValues<Profiles.EmploymentType>().Where(t => (s.TypeMask & (1 << (int)t)) != 0).Select(t => t.ToString())]), 0.7 * wCond);
        AddHours(terms, WorkHours, s.MaxWeeklyHours, candidateIsSeeker: false, wCond, opt.Neutral);

        double wSkills = opt.SkillsWeight * k;
        Add(terms, new NumberIn(PreferredSkillCount, null, 0), opt.Neutral * wSkills);
        var skills = IndexedProfiles.Terms(seeker.Skills);
        if (skills.Length > 0) Add(terms, new TermIn(PreferredSkills, skills), wSkills);

        double wExp = opt.ExperienceWeight * k;
        Add(terms, new NumberIn(MinExperienceMonths, null, 0), wExp);
        var worked = seeker.Experience.Where(x => x.Years > 0 && OccCode.Parse(x.Occupation) != OccCode.None)
            .Select(x => x.Occupation.Trim()[..1]).Distinct().ToArray();
        if (worked.Length > 0) Add(terms, new AllOf([new NumberIn(MinExperienceMonths, 1, null), new TermIn(OccupationMajor, worked)]), wExp);

        double wEdu = opt.EducationWeight * k;
        Add(terms, new Absent(Education), wEdu);
        if (s.Education < 0) Add(terms, new NumberIn(Education, 0, null), opt.Neutral * wEdu);
        else
        {
            Add(terms, new NumberIn(Education, null, s.Education), wEdu);
            Add(terms, new NumberIn(Education, s.Education + 1, s.Education + 1), 0.5 * wEdu);
        }

        double wProg = opt.ProgrammeWeight * k;
        Add(terms, new Absent(WelcomesProgrammes), opt.Neutral * wProg);
        byte eligible = PairScorer.Eligible(opt, s.BirthYear, s.DeclaredProgrammes, today.Year);
        if (eligible != 0) Add(terms, new TermIn(WelcomesProgrammes, Names(eligible)), wProg);

        AddFreshness(terms, fs, s.UpdatedDay, PostedAt, today, opt.FreshnessWeight * k);
        Add(terms, null, RankKey.Margin);
        return new CandidateQuery(filters, occupation, terms);
    }
}
