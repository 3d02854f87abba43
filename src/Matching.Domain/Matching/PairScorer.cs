using System.Runtime.CompilerServices;
using Matching.Domain.Profiles;

namespace Matching.Domain.Matching;

/// <summary>Everything the scorer found out about one pair; reasons are built from it afterwards.</summary>
internal struct Evaluation
{
    public MatchRejection Rejection;
    /// <summary>0 = within every condition; 1 = widened to related occupations; 2 = widened to 1.5× the commute limit.</summary>
    public int Tier;
    public double Total;
    public double Occupation, Distance, Wage, Conditions, Skills, Experience, Education, Programme, Freshness;

    public int OccDepth;          // 5 = the wish contains the opening's code; 1..3 shared level; 0 none
    public int OccWish;           // the desired code that gave the best proximity
    public int OccRelatedTo;      // the related-table code that gave it, OccCode.None if the hierarchy did
    public double Minutes;        // NaN when unknown
    public bool ByBus;
    public int TypeMatch;         // -1 no preference, 0 mismatch, 1 match
    public int HoursOver;         // hours above the seeker's limit, 0 if none or unknown
    public int SkillsMatched;
    public int ExperienceMonths;
    public byte ProgrammeHit;
    public int OpeningAgeDays;
}

/// <summary>
/// The one scoring function, used in both directions and by every index. Reads no gender, nationality
/// or disability; birth year only for programme eligibility.
/// </summary>
internal static class PairScorer
{
    public static void Evaluate(FeatureSpace fs, in SeekerFeatures s, in OpeningFeatures o, int today, int todayYear, out Evaluation e)
    {
        e = default;
        var opt = fs.Options;
        if (!s.Active) { e.Rejection = MatchRejection.SeekerInactive; return; }
        if (!s.Consent) { e.Rejection = MatchRejection.NoConsent; return; }
        if (!o.Active) { e.Rejection = MatchRejection.OpeningInactive; return; }
        if (o.ClosesDay < today) { e.Rejection = MatchRejection.OpeningClosed; return; }
        if (!o.HasRoom) { e.Rejection = MatchRejection.HeadcountFilled; return; }

        // Occupation: best over the wishes of hierarchy level and related table.
        bool strict = s.AcceptsAny;
        double occ = 0;
        e.OccWish = OccCode.None;
        e.OccRelatedTo = OccCode.None;
        if (o.Occ != OccCode.None)
        {
            for (int i = 0; i < s.OccCount; i++)
            {
                int d = i == 0 ? s.Occ0 : i == 1 ? s.Occ1 : s.Occ2;
                int depth = OccCode.CommonDepth(d, o.Occ);
                if (depth == 0) continue;
                strict = true;
                bool contains = depth == OccCode.Length(d);
                double v = contains ? opt.SubGroupScore : fs.LevelScore[depth];
                int tag = contains ? 5 : depth;
                if (v > occ || (v == occ && tag > e.OccDepth)) { occ = v; e.OccDepth = tag; e.OccWish = d; }
            }
            if (o.RelatedSet >= 0)
            {
                foreach (var r in fs.RelatedSet(o.RelatedSet))
                    for (int i = 0; i < s.OccCount; i++)
                    {
                        int d = i == 0 ? s.Occ0 : i == 1 ? s.Occ1 : s.Occ2;
                        if (r.Score > occ && OccCode.Related(d, r.To))
                        {
                            occ = r.Score; e.OccWish = d; e.OccRelatedTo = r.To; e.OccDepth = 0;
                        }
                    }
            }
        }
        bool related = e.OccRelatedTo != OccCode.None;
        if (!strict && !related) { e.Rejection = MatchRejection.OccupationUnrelated; return; }
        e.Occupation = occ;

        // Commute: straight line at door-to-door speed against the seeker's limit; commute buses count as reachable.
        bool withinLimit;
        if (float.IsNaN(s.Lat))
        {
            e.Minutes = double.NaN;
            e.Distance = opt.Neutral;
            withinLimit = true;
        }
        else
        {
            double km = Geo.FastKm(s.Lat, s.Lon, s.CosLat, o.Lat, o.Lon, o.CosLat);
            e.Minutes = km / fs.KmPerMinute;
            double r = e.Minutes / s.MaxCommuteMinutes;
            double f = opt.CommuteWideningFactor;
            double dist = fs.DistanceScore(r);
            withinLimit = r <= 1;
            if ((s.ParkMask & o.ParkBit) != 0)
            {
                e.ByBus = true;
                withinLimit = true;
                dist = Math.Max(dist, opt.BusReachableScore);
            }
            else if (r > f) { e.Rejection = MatchRejection.TooFar; return; }
            e.Distance = dist;
        }

        // Required certificates: every one held.
        var sp = fs.SeekerPool;
        var op = fs.OpeningPool;
        for (int i = 0; i < o.CertCount; i++)
        {
            int need = op[o.PoolOffset + i];
            bool held = false;
            for (int j = 0; j < s.CertCount; j++) if (sp[s.PoolOffset + j] == need) { held = true; break; }
            if (!held) { e.Rejection = MatchRejection.MissingCertificate; return; }
        }

        e.Tier = !withinLimit ? 2 : strict ? 0 : 1;

        // Wage, all normalised to hourly.
        e.Wage = fs.WageScore(s.DesiredHourly, o.OfferHourly);

        e.Conditions = Conditions(opt, s.TypeMask, s.MaxWeeklyHours, o.Type, o.WorkHours);
        e.TypeMatch = s.TypeMask == 0 ? -1 : (s.TypeMask & (1 << o.Type)) != 0 ? 1 : 0;
        e.HoursOver = s.MaxWeeklyHours >= 0 && o.WorkHours > s.MaxWeeklyHours ? o.WorkHours - s.MaxWeeklyHours : 0;

        // Skills overlap with the opening's preferred skills.
        if (o.SkillCount == 0) e.Skills = opt.Neutral;
        else
        {
            int sk = s.PoolOffset + s.CertCount;
            for (int i = 0; i < o.SkillCount; i++)
            {
                int want = op[o.PoolOffset + o.CertCount + i];
                for (int j = 0; j < s.SkillCount; j++) if (sp[sk + j] == want) { e.SkillsMatched++; break; }
            }
            e.Skills = e.SkillsMatched / (double)o.SkillCount;
        }

        // Experience in the opening's 중분류 (or its own code when that is coarser).
        if (o.MinExperienceMonths <= 0) e.Experience = 1;
        else
        {
            if (o.Occ != OccCode.None)
            {
                int need = Math.Min(2, OccCode.Length(o.Occ));
                int x = s.PoolOffset + s.CertCount + s.SkillCount;
                for (int i = 0; i < s.ExperienceCount; i++)
                    if (OccCode.CommonDepth(sp[x + 2 * i], o.Occ) >= need) e.ExperienceMonths += sp[x + 2 * i + 1];
            }
            e.Experience = Math.Min(1, e.ExperienceMonths / (double)o.MinExperienceMonths);
        }

        e.Education = EducationFit(opt, s.Education, o.Education);
        e.ProgrammeHit = (byte)(Eligible(opt, s.BirthYear, s.DeclaredProgrammes, todayYear) & o.WelcomeMask);
        e.Programme = o.WelcomeMask == 0 ? opt.Neutral : e.ProgrammeHit != 0 ? 1 : 0;

        // Freshness of both sides (the same value whichever direction asks).
        e.OpeningAgeDays = Math.Max(0, today - o.PostedDay);
        e.Freshness = 0.5 * (fs.FreshnessOf(today, o.PostedDay) + fs.FreshnessOf(today, s.UpdatedDay));

        e.Total = Total(fs, e.Occupation, e.Distance, e.Wage, e.Conditions, e.Skills, e.Experience, e.Education, e.Programme, e.Freshness);
    }

    /// <summary>
    /// The weighted sum of the components, in one fixed order. The index bounds a candidate through this same
    /// function: with weights of at least zero every rounding step is monotone, so components at least as large
    /// give a sum at least as large, and the same components give the same sum to the last bit; a bound equal to
    /// the worst kept score then means the candidate can at best tie it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Total(FeatureSpace fs, double occupation, double distance, double wage, double conditions, double skills,
        double experience, double education, double programme, double freshness)
    {
        var opt = fs.Options;
        return (opt.OccupationWeight * occupation + opt.DistanceWeight * distance + opt.WageWeight * wage
            + opt.ConditionsWeight * conditions + opt.SkillsWeight * skills + opt.ExperienceWeight * experience
            + opt.EducationWeight * education + opt.ProgrammeWeight * programme + opt.FreshnessWeight * freshness) * fs.Scale;
    }

    // The component helpers below are shared with the index's per-candidate bound, so both compute the same values.

    /// <summary>Employment type (70 %) and weekly hours (30 %).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Conditions(ScoringOptions opt, byte typeMask, short maxWeeklyHours, byte type, short workHours) =>
        0.7 * TypeFit(opt, typeMask, type) + 0.3 * HoursFit(opt, maxWeeklyHours, workHours);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double TypeFit(ScoringOptions opt, byte typeMask, byte type) =>
        typeMask == 0 ? opt.Neutral : (typeMask & (1 << type)) != 0 ? 1 : 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double HoursFit(ScoringOptions opt, short maxWeeklyHours, short workHours) =>
        maxWeeklyHours < 0 || workHours < 0 ? opt.Neutral
            : workHours <= maxWeeklyHours ? 1 : Math.Max(0, 1 - (workHours - maxWeeklyHours) / 10.0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double EducationFit(ScoringOptions opt, sbyte seeker, sbyte required)
    {
        if (required < 0) return 1;
        if (seeker < 0) return opt.Neutral;
        int gap = required - seeker;
        return gap <= 0 ? 1 : gap == 1 ? 0.5 : 0;
    }

    /// <summary>Programmes the seeker is eligible for: age decides 청년/신중년/어르신; the others are declared.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte Eligible(ScoringOptions opt, short birthYear, byte declared, int todayYear)
    {
        int age = todayYear - birthYear;
        int eligible = declared;
        if (age >= opt.YouthMinAge && age <= opt.YouthMaxAge) eligible |= 1 << (int)Programme.Youth;
        if (age >= opt.NewMiddleAgeMinAge && age <= opt.NewMiddleAgeMaxAge) eligible |= 1 << (int)Programme.NewMiddleAge;
        if (age >= opt.SeniorMinAge) eligible |= 1 << (int)Programme.Senior;
        return (byte)eligible;
    }

    /// <summary>Ranking order: unwidened first, then by score, then by id so ties are stable everywhere.</summary>
    public static int Compare(int tierA, double scoreA, Guid idA, int tierB, double scoreB, Guid idB)
    {
        if (tierA != tierB) return tierA < tierB ? -1 : 1;
        if (scoreA != scoreB) return scoreA > scoreB ? -1 : 1;
        return idA.CompareTo(idB);
    }
}
