using System.Numerics;
using System.Runtime.CompilerServices;

namespace Matching.Domain.Matching;

/// <summary>
/// For one opening, an upper bound of the weighted wage, conditions, skills, education, programme and freshness components
/// a seeker posting can give with it, read from per-opening tables keyed by the posting's own bytes. The slowest queries
/// for seekers of an opening bound ~100,000 candidates and reject all but a few hundred; the exact per-candidate bound
/// (divisions, the skills loop, the age bands) dominated their time, and this one decides almost all of them for less.
/// Each part is the scorer's own value (conditions, education, programme, freshness) or one at least as large (wage,
/// skills), so a candidate it rules out could not have entered the top N.
/// </summary>
internal readonly struct SeekerRestBound
{
    private const int HoursTop = 255, EducationTop = 15, AgeTop = 127;

    private sealed class Tables
    {
        public readonly double[] Type = new double[256], Hours = new double[HoursTop + 1], Education = new double[EducationTop + 1];
        public readonly byte[] AgeWelcomed = new byte[AgeTop + 1];
    }

    // Filled per query, so reused by the thread's next query rather than allocated.
    [ThreadStatic] private static Tables? t_tables;

    private readonly Tables _t;
    private readonly bool _offerUnknown;
    private readonly double _wageUnknown, _wageSlope, _wageWeight;
    private readonly ulong _skillBits;
    private readonly int _skillCollisions;
    private readonly double _perSkill, _skillsConstant;
    private readonly byte _welcome;
    private readonly double _programmeMiss, _programmeHit;
    private readonly double _openingFresh, _freshWeight;
    private readonly int _today, _year;
    private readonly float[] _decay;

    public SeekerRestBound(FeatureSpace fs, in OpeningFeatures o, int today, int year)
    {
        var opt = fs.Options;
        double n = opt.Neutral;
        _t = t_tables ??= new Tables();
        _today = today;
        _year = year;
        _decay = fs.Decay;

        // Wage: 1 up to the offer, 0 from offer / 0.8 on, (offer / desired − 0.8) / 0.2 between. That is convex in the
        // desired wage, so below its chord 5 − 4 · desired / offer, which needs no division per candidate.
        _wageWeight = opt.WageWeight;
        _offerUnknown = float.IsNaN(o.OfferHourly); // every seeker then gets the neutral value
        _wageUnknown = opt.WageWeight * n;
        _wageSlope = float.IsNaN(o.OfferHourly) ? 0 : 4.0 / o.OfferHourly;

        // Conditions: the type part by the seeker's type mask, the hours part by its weekly limit (−1 unknown); a limit
        // past the table's end gets the best value, which bounds whatever the scorer gives it.
        for (int mask = 0; mask < _t.Type.Length; mask++)
            _t.Type[mask] = opt.ConditionsWeight * 0.7 * PairScorer.TypeFit(opt, (byte)mask, o.Type);
        for (int i = 0; i < HoursTop; i++)
            _t.Hours[i] = opt.ConditionsWeight * 0.3 * PairScorer.HoursFit(opt, (short)(i - 1), o.WorkHours);
        _t.Hours[HoursTop] = opt.ConditionsWeight * 0.3 * (o.WorkHours < 0 ? n : 1);

        // Skills: the preferred skills' bits. A seeker holds at most the shared bits, plus one for each preferred skill
        // whose bit another preferred skill already has.
        int skillCount = o.SkillCount;
        ulong bits = 0;
        for (int i = 0; i < skillCount; i++) bits |= 1UL << (fs.OpeningPool[o.PoolOffset + o.CertCount + i] & 63);
        _skillBits = bits;
        _skillCollisions = skillCount - BitOperations.PopCount(bits);
        _perSkill = skillCount == 0 ? 0 : opt.SkillsWeight / skillCount;
        _skillsConstant = skillCount == 0 ? opt.SkillsWeight * n : 0;

        for (int i = 0; i < EducationTop; i++)
            _t.Education[i] = opt.EducationWeight * PairScorer.EducationFit(opt, (sbyte)(i - 1), o.Education);
        _t.Education[EducationTop] = opt.EducationWeight;

        // Programme: declared programmes, or those the age decides, welcomed; an age outside the table counts as welcomed.
        _welcome = o.WelcomeMask;
        for (int age = 0; age < AgeTop; age++)
            _t.AgeWelcomed[age] = (byte)(PairScorer.Eligible(opt, (short)(year - age), 0, year) & o.WelcomeMask);
        _t.AgeWelcomed[AgeTop] = o.WelcomeMask;
        _programmeMiss = o.WelcomeMask == 0 ? opt.ProgrammeWeight * n : 0;
        _programmeHit = o.WelcomeMask == 0 ? opt.ProgrammeWeight * n : opt.ProgrammeWeight;

        _openingFresh = fs.FreshnessOf(today, o.PostedDay);
        _freshWeight = opt.FreshnessWeight * 0.5;
    }

    /// <summary>At least the weighted sum of the six components the scorer would give this seeker with the opening.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // once per candidate, in the scan's inner loop
    public double Upper(in SeekerPosting p)
    {
        var t = _t;
        double wage = _offerUnknown || float.IsNaN(p.DesiredHourly) ? _wageUnknown
            : _wageWeight * Math.Clamp(5 - p.DesiredHourly * _wageSlope, 0, 1);
        double conditions = t.Type[p.TypeMask] + t.Hours[Math.Min((uint)(p.MaxWeeklyHours + 1), HoursTop)];
        double skills = _skillsConstant + (BitOperations.PopCount(p.SkillMask & _skillBits) + _skillCollisions) * _perSkill;
        double education = t.Education[Math.Min((uint)(p.Education + 1), EducationTop)];
        int welcomed = (p.DeclaredProgrammes & _welcome) | t.AgeWelcomed[Math.Min((uint)(_year - p.BirthYear), AgeTop)];
        double programme = welcomed != 0 ? _programmeHit : _programmeMiss;
        int days = _today - p.UpdatedDay;
        double freshness = _freshWeight * (_openingFresh + _decay[Math.Min((uint)Math.Max(0, days), (uint)(_decay.Length - 1))]);
        return wage + conditions + skills + education + programme + freshness;
    }
}
