using static Matching.Domain.Matching.TwoPhase.CandidateField;

namespace Matching.Domain.Matching.TwoPhase;

public sealed partial class CandidateQueries
{
    /// <summary>Phase one of the seekers for an opening.</summary>
    public CandidateQuery SeekersFor(OpeningProfile opening, DateOnly today)
    {
        var fs = new FeatureSpace(options, related, routes);
        return SeekersFor(opening, fs, fs.Compile(opening), today);
    }

    /// <summary>Phase one for the opening <paramref name="ranking"/> ranks seekers for, from what it compiled: a query compiles its subject once.</summary>
    public CandidateQuery SeekersFor(OpeningProfile opening, ExactTopN ranking) =>
        SeekersFor(opening, ranking.Space, ranking.Subject(opening), ranking.Today);

    private CandidateQuery SeekersFor(OpeningProfile opening, FeatureSpace fs, OpeningFeatures o, DateOnly today)
    {
        var opt = fs.Options;
        double k = fs.Scale;
        var filters = new List<Clause> { new TermIn(Status, [IndexedSeeker.Active]), new TermIn(Consent, ["true"]) };
        var terms = new List<ScoreTerm>();

        // Occupation: a wish containing the opening's code, sharing 소/중/대분류 with it, or related through the table.
        var occupation = new List<Flat>();
        var admits = new List<Clause> { True };
        Clause strict = True;
        if (o.Occ != OccCode.None)
        {
            int len = OccCode.Length(o.Occ);
            var major = new TermIn(OccupationMajor, [OccCode.ToCode(OccCode.Prefix(o.Occ, 1))]);
            admits.Add(major);
            strict = new AnyOf([major, True]);
            occupation.Add(new Flat(new TermIn(OccupationCodes, Prefixes(o.Occ)), opt.OccupationWeight * opt.SubGroupScore * k));
            for (int d = 1; d <= Math.Min(len, 3); d++)
                occupation.Add(new Flat(new TermIn(Level(d), [OccCode.ToCode(OccCode.Prefix(o.Occ, d))]), opt.OccupationWeight * fs.LevelScore[d] * k));
            foreach (var r in fs.RelatedSet(o.RelatedSet))
            {
                if (r.Score <= 0) continue; // a related entry scoring nothing admits nobody
                admits.Add(RelatedTo(r.To));
                occupation.Add(new Flat(RelatedTo(r.To), opt.OccupationWeight * r.Score * k));
            }
        }
        filters.Add(new AnyOf(admits));
        occupation.RemoveAll(f => f.Weight <= 0);

        var required = IndexedProfiles.Terms(opening.RequiredCertificates);
        if (required.Length > 0) filters.Add(new HoldsAll(Certificates, required));

        // Distance: each seeker has a limit of its own, so limits are taken by band, at the band's upper end.
        var park = o.ParkIndex < 0 ? null : new TermIn(ReachableParks, [fs.Routes.Parks[o.ParkIndex].Id]);
        var reach = new List<Clause> { new Absent(Location), new NumberIn(CommuteMinutes, Bands[^1].Hi + 1, null) };
        var within = new List<Clause>(reach);
        if (park is not null) { reach.Add(park); within.Add(park); }
        double wDist = opt.DistanceWeight * k;
        foreach (var (lo, hi) in Bands)
        {
            var band = new NumberIn(CommuteMinutes, lo, hi);
            reach.Add(new AllOf([band, new Within(opening.Latitude, opening.Longitude, Km(hi * opt.CommuteWideningFactor, fs))]));
            within.Add(new AllOf([band, new Within(opening.Latitude, opening.Longitude, Km(hi, fs))]));
            if (wDist > 0) terms.Add(new NearDecay(band, opening.Latitude, opening.Longitude, Km(hi, fs), wDist));
        }
        filters.Add(new AnyOf(reach));
        AddTier(terms, new AnyOf(within), strict);
        Add(terms, new NumberIn(CommuteMinutes, Bands[^1].Hi + 1, null), wDist);
        if (park is not null) Add(terms, park, opt.BusReachableScore * wDist); // on top of the decay: max(d, bus) ≤ d + bus
        Add(terms, new Absent(Location), opt.Neutral * wDist);

        // Wage: full when the opening pays what the seeker asks; falling to nothing at 0.8 of it.
        double wWage = opt.WageWeight * k;
        float offer = o.OfferHourly;
        if (float.IsNaN(offer)) Add(terms, null, opt.Neutral * wWage);
        else
        {
            Add(terms, new Absent(HourlyWage), opt.Neutral * wWage);
            Add(terms, new NumberIn(HourlyWage, null, offer), wWage);
            double top = offer / 0.8;
            for (int i = 0; i < WageSteps; i++)
            {
                double a = offer + (top - offer) * i / WageSteps, b = offer + (top - offer) * (i + 1) / WageSteps;
                Add(terms, new NumberIn(HourlyWage, a, b), Math.Clamp((offer / a - 0.8) / 0.2, 0, 1) * wWage);
            }
        }

        double wCond = opt.ConditionsWeight * k;
        Add(terms, new TermIn(EmploymentTypes, [((Profiles.EmploymentType)o.Type).ToString()]), 0.7 * wCond);
        Add(terms, new Absent(EmploymentTypes), 0.7 * opt.Neutral * wCond);
        AddHours(terms, MaxWeeklyHours, o.WorkHours, candidateIsSeeker: true, wCond, opt.Neutral);

        double wSkills = opt.SkillsWeight * k;
        var preferred = IndexedProfiles.Terms(opening.PreferredSkills);
        if (preferred.Length == 0) Add(terms, null, opt.Neutral * wSkills);
        foreach (var skill in preferred) Add(terms, new TermIn(Skills, [skill]), wSkills / preferred.Length);

        double wExp = opt.ExperienceWeight * k;
        if (o.MinExperienceMonths <= 0) Add(terms, null, wExp);
        else if (o.Occ != OccCode.None)
        {
            int need = Math.Min(2, OccCode.Length(o.Occ));
            Add(terms, new TermIn(need == 2 ? ExperienceMiddle : ExperienceMajor, [OccCode.ToCode(OccCode.Prefix(o.Occ, need))]), wExp);
        }

        double wEdu = opt.EducationWeight * k;
        if (o.Education < 0) Add(terms, null, wEdu);
        else
        {
            Add(terms, new Absent(Education), opt.Neutral * wEdu);
            Add(terms, new NumberIn(Education, o.Education, null), wEdu);
            if (o.Education > 0) Add(terms, new NumberIn(Education, o.Education - 1, o.Education - 1), 0.5 * wEdu);
        }

        double wProg = opt.ProgrammeWeight * k;
        if (o.WelcomeMask == 0) Add(terms, null, opt.Neutral * wProg);
        else
        {
            // Declared programmes, or a birth year that makes the seeker eligible by age this year.
            var eligible = new List<Clause>();
            var declared = Names((byte)(o.WelcomeMask & ~FeatureSpace.AgeBasedMask));
            if (declared.Length > 0) eligible.Add(new TermIn(Programmes, declared));
            int year = today.Year;
            if (Welcomes(o, Profiles.Programme.Youth)) eligible.Add(new NumberIn(BirthYear, year - opt.YouthMaxAge, year - opt.YouthMinAge));
            if (Welcomes(o, Profiles.Programme.NewMiddleAge)) eligible.Add(new NumberIn(BirthYear, year - opt.NewMiddleAgeMaxAge, year - opt.NewMiddleAgeMinAge));
            if (Welcomes(o, Profiles.Programme.Senior)) eligible.Add(new NumberIn(BirthYear, null, year - opt.SeniorMinAge));
            Add(terms, new AnyOf(eligible), wProg);
        }

        AddFreshness(terms, fs, o.PostedDay, UpdatedAt, today, opt.FreshnessWeight * k);
        Add(terms, null, RankKey.Margin);
        return new CandidateQuery(filters, occupation, terms);
    }

    private static bool Welcomes(in OpeningFeatures o, Profiles.Programme p) => (o.WelcomeMask & (1 << (int)p)) != 0;
}
