using System.Runtime.CompilerServices;
using Matching.Domain.Profiles;

namespace Matching.Domain.Matching;

/// <summary>
/// Shared state for compiled profiles: interned terms, the int pool holding variable-length lists,
/// the related-occupation sets, and the precomputed constants the scorer needs. Not thread-safe for
/// writes; the index serialises writers.
/// </summary>
internal sealed class FeatureSpace
{
    private readonly Dictionary<string, int> _terms = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, int> _relatedSetByCode = [];
    private readonly List<RelatedOccupations.Entry[]> _relatedSets = [];

    public FeatureSpace(ScoringOptions options, RelatedOccupations related, CommuteBusRoutes routes)
    {
        Options = options;
        Related = related;
        Routes = routes;
        double total = options.OccupationWeight + options.DistanceWeight + options.WageWeight + options.ConditionsWeight
            + options.SkillsWeight + options.ExperienceWeight + options.EducationWeight + options.ProgrammeWeight + options.FreshnessWeight;
        if (total <= 0) throw new ArgumentException("Scoring weights must add up to more than zero.");
        Scale = 100 / total;
        LevelScore = [0, options.MajorGroupScore, options.MiddleGroupScore, options.MinorGroupScore, options.SubGroupScore];
        Decay = DecayTable(options.FreshnessHalfLifeDays);
        KmPerMinute = options.DoorToDoorSpeedKmh / 60.0;
    }

    private static (double HalfLife, float[] Table)? s_decay;

    /// <summary>2^(−days / half-life) for 0..3650 days; cached because scorers are created per call.</summary>
    private static float[] DecayTable(double halfLife)
    {
        if (s_decay is { } cached && cached.HalfLife == halfLife) return cached.Table;
        var table = new float[3651];
        for (int d = 0; d < table.Length; d++) table[d] = (float)Math.Pow(2, -d / Math.Max(1e-9, halfLife));
        s_decay = (halfLife, table);
        return table;
    }

    public ScoringOptions Options { get; }
    public RelatedOccupations Related { get; }
    public CommuteBusRoutes Routes { get; }
    public double Scale { get; }
    public double[] LevelScore { get; }
    public float[] Decay { get; }
    public double KmPerMinute { get; }
    public int[] SeekerPool = new int[1024];
    public int SeekerPoolCount;
    public int[] OpeningPool = new int[1024];
    public int OpeningPoolCount;
    /// <summary>Pool entries no profile points at any more: left behind by updates and removals until a compaction.</summary>
    public int SeekerPoolDead, OpeningPoolDead;

    /// <summary>How many pool entries a compiled profile owns, from its offset on.</summary>
    public static int PoolLength(in SeekerFeatures f) => f.CertCount + f.SkillCount + 2 * f.ExperienceCount;

    public static int PoolLength(in OpeningFeatures f) => f.CertCount + f.SkillCount;

    /// <summary>청년, 신중년 and 어르신: decided by the birth year alone, so a declaration of them is ignored.</summary>
    public const byte AgeBasedMask = (1 << (int)Programme.Youth) | (1 << (int)Programme.NewMiddleAge) | (1 << (int)Programme.Senior);

    public static bool IsAgeBased(Programme p) => p is Programme.Youth or Programme.NewMiddleAge or Programme.Senior;

    public RelatedOccupations.Entry[] RelatedSet(int index) => index < 0 ? [] : _relatedSets[index];

    /// <summary>
    /// Upper bound of the total score when the occupation component is at most <paramref name="occupation"/> and every
    /// component but occupation and distance weighs at most <paramref name="rest"/> (see <see cref="BestRest(in OpeningFeatures, int)"/>).
    /// </summary>
    public double BoundFor(double occupation, double rest) =>
        (Options.OccupationWeight * occupation + Options.DistanceWeight + rest) * Scale + 1e-6;

    /// <summary>
    /// Best weighted sum of wage, conditions, skills, experience, education, programme and freshness that any seeker can
    /// reach with this opening: what the opening alone decides (no preferred skills, no welcomed programme, unknown
    /// hours or wage, its own age) counts as it is, so list and cell bounds are as tight as the opening allows.
    /// </summary>
    public double BestRest(in OpeningFeatures o, int today)
    {
        var w = Options;
        double n = w.Neutral;
        return w.WageWeight * (float.IsNaN(o.OfferHourly) ? n : 1)
            + w.ConditionsWeight * (0.7 + 0.3 * (o.WorkHours < 0 ? n : 1))
            + w.SkillsWeight * (o.SkillCount == 0 ? n : 1)
            + w.ExperienceWeight + w.EducationWeight
            + w.ProgrammeWeight * (o.WelcomeMask == 0 ? n : 1)
            + w.FreshnessWeight * 0.5 * (FreshnessOf(today, o.PostedDay) + 1);
    }

    /// <summary>The same for any opening with this seeker: what the seeker alone decides counts as it is.</summary>
    public double BestRest(in SeekerFeatures s, int today, int todayYear)
    {
        var w = Options;
        double n = w.Neutral;
        return w.WageWeight * (float.IsNaN(s.DesiredHourly) ? n : 1)
            + w.ConditionsWeight * (0.7 * (s.TypeMask == 0 ? n : 1) + 0.3 * (s.MaxWeeklyHours < 0 ? n : 1))
            + w.SkillsWeight + w.ExperienceWeight + w.EducationWeight
            + w.ProgrammeWeight * (PairScorer.Eligible(w, s.BirthYear, s.DeclaredProgrammes, todayYear) == 0 ? n : 1)
            + w.FreshnessWeight * 0.5 * (1 + FreshnessOf(today, s.UpdatedDay));
    }

    /// <summary>Distance component for commute/limit ratio r; decreasing in r, so a lower bound of r gives an upper bound.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double DistanceScore(double r)
    {
        double f = Options.CommuteWideningFactor;
        return r <= 1 ? 1 - 0.5 * r : r <= f ? 0.5 * (f - r) / (f - 1) : 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double WageScore(float desiredHourly, float offerHourly)
    {
        if (float.IsNaN(desiredHourly) || float.IsNaN(offerHourly)) return Options.Neutral;
        if (offerHourly >= desiredHourly) return 1;
        return Math.Clamp(((double)offerHourly / desiredHourly - 0.8) / 0.2, 0, 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double FreshnessOf(int today, int day) => Decay[Math.Min(Math.Max(0, today - day), Decay.Length - 1)];

    public SeekerFeatures Compile(SeekerProfile p) => Compile(p, _terms, ref SeekerPool, ref SeekerPoolCount);

    /// <summary>Compiles into a buffer of a thread's own; <see cref="Adopt"/> moves the result into the space.</summary>
    public SeekerFeatures Compile(SeekerProfile p, CompileBuffer buffer) => Compile(p, buffer.Terms, ref buffer.Pool, ref buffer.PoolCount);

    /// <summary>
    /// Gives the buffer's terms the space's ids, those new to the space in the order the buffer met them. Call once per
    /// buffer, buffers in the order their profiles came, then <see cref="Adopt"/> each of its profiles.
    /// </summary>
    public void AdoptTerms(CompileBuffer buffer)
    {
        if (buffer.Ids.Length < buffer.Terms.Count) buffer.Ids = new int[buffer.Terms.Count * 2];
        foreach (var (term, id) in buffer.Terms)
        {
            if (!_terms.TryGetValue(term, out int own)) _terms.Add(term, own = _terms.Count);
            buffer.Ids[id] = own;
        }
    }

    /// <summary>Moves a seeker compiled into a buffer into the space: its entries appended to the pool, under the space's term ids.</summary>
    public void Adopt(ref SeekerFeatures f, CompileBuffer buffer)
    {
        var entries = buffer.Pool.AsSpan(f.PoolOffset, PoolLength(f));
        for (int i = 0; i < f.CertCount + f.SkillCount; i++) entries[i] = buffer.Ids[entries[i]];
        f.CertMask = Mask(entries[..f.CertCount]);
        f.SkillMask = Mask(entries.Slice(f.CertCount, f.SkillCount));
        f.PoolOffset = Append(ref SeekerPool, ref SeekerPoolCount, entries);
    }

    private SeekerFeatures Compile(SeekerProfile p, Dictionary<string, int> terms, ref int[] pool, ref int poolCount)
    {
        var f = new SeekerFeatures
        {
            Id = p.Id,
            Active = p.Active,
            Consent = p.ConsentToMatching,
            AcceptsAny = p.AcceptsAnyOccupation,
            Lat = p.Latitude is double la && p.Longitude is not null ? (float)la : float.NaN,
            Lon = p.Latitude is not null && p.Longitude is double lo ? (float)lo : float.NaN,
            MaxCommuteMinutes = p.MaxCommuteMinutes is int m && m > 0 ? m : Options.DefaultMaxCommuteMinutes,
            DesiredHourly = p.DesiredWage is long w && p.DesiredWageUnit is WageUnit u && w > 0 ? (float)WageHours.ToHourly(u, w) : float.NaN,
            UpdatedDay = DateOnly.FromDateTime(p.UpdatedAt.UtcDateTime).DayNumber,
            Occ0 = OccCode.None, Occ1 = OccCode.None, Occ2 = OccCode.None,
            BirthYear = (short)p.BirthYear,
            MaxWeeklyHours = p.MaxWeeklyHours is int h && h > 0 ? (short)h : (short)-1,
            Education = p.Education is Education e ? (sbyte)e : (sbyte)-1,
        };
        foreach (var code in p.DesiredOccupations)
        {
            int key = OccCode.Parse(code);
            if (key == OccCode.None || f.OccCount == 3 || key == f.Occ0 || key == f.Occ1) continue;
            if (f.OccCount == 0) f.Occ0 = key; else if (f.OccCount == 1) f.Occ1 = key; else f.Occ2 = key;
            f.OccCount++;
        }
        foreach (var t in p.EmploymentTypes) f.TypeMask |= (byte)(1 << (int)t);
        foreach (var pr in p.Programmes)
            if (!IsAgeBased(pr)) f.DeclaredProgrammes |= (byte)(1 << (int)pr);
        f.CosLat = float.IsNaN(f.Lat) ? float.NaN : (float)Geo.CosLat(f.Lat);
        if (!float.IsNaN(f.Lat)) f.ParkMask = Routes.ReachableMask(f.Lat, f.Lon, Options.BusStopRadiusMeters);

        Span<int> buf = stackalloc int[256];
        int n = 0;
        n = AddTerms(terms, buf, n, p.Certificates, 64, out f.CertCount);
        n = AddTerms(terms, buf, n, p.Skills, 64, out f.SkillCount);
        foreach (var x in p.Experience)
        {
            int key = OccCode.Parse(x.Occupation);
            if (key == OccCode.None || x.Years <= 0 || f.ExperienceCount == 60) continue;
            buf[n++] = key;
            buf[n++] = (int)Math.Min(short.MaxValue, Math.Round(x.Years * 12));
            f.ExperienceCount++;
        }
        f.CertMask = Mask(buf[..f.CertCount]);
        f.SkillMask = Mask(buf.Slice(f.CertCount, f.SkillCount));
        f.PoolOffset = Append(ref pool, ref poolCount, buf[..n]);
        return f;
    }

    public OpeningFeatures Compile(OpeningProfile p)
    {
        long offer = p.WageMax is long max && max >= p.WageMin ? max : p.WageMin;
        int occ = OccCode.Parse(p.Occupation);
        int park = Routes.IndexOf(p.IndustrialPark);
        var f = new OpeningFeatures
        {
            Id = p.Id,
            EmployerId = p.EmployerId,
            Active = p.Active,
            HasRoom = p.Filled < p.Headcount,
            Lat = (float)p.Latitude,
            Lon = (float)p.Longitude,
            CosLat = (float)Geo.CosLat((float)p.Latitude),
            Occ = occ,
            RelatedSet = occ == OccCode.None ? -1 : RelatedSetIndex(occ),
            ClosesDay = p.ClosesOn.DayNumber,
            PostedDay = DateOnly.FromDateTime(p.PostedAt.UtcDateTime).DayNumber,
            OfferAmount = offer,
            OfferHourly = offer > 0 ? (float)WageHours.ToHourly(p.WageUnit, offer) : float.NaN,
            WageUnit = (byte)p.WageUnit,
            Type = (byte)p.EmploymentType,
            WorkHours = p.WorkHours is int h && h > 0 ? (short)h : (short)-1,
            MinExperienceMonths = (short)Math.Clamp((p.MinExperienceYears ?? 0) * 12, 0, short.MaxValue),
            Education = p.Education is Education e ? (sbyte)e : (sbyte)-1,
            ParkIndex = (sbyte)park,
            ParkBit = park < 0 ? (ushort)0 : (ushort)(1 << park),
        };
        foreach (var pr in p.WelcomesProgrammes) f.WelcomeMask |= (byte)(1 << (int)pr);
        Span<int> buf = stackalloc int[128];
        int n = AddTerms(_terms, buf, 0, p.RequiredCertificates, 64, out f.CertCount);
        n = AddTerms(_terms, buf, n, p.PreferredSkills, 64, out f.SkillCount);
        f.CertMask = Mask(buf[..f.CertCount]);
        f.SkillMask = Mask(buf[f.CertCount..n]);
        f.PoolOffset = Append(ref OpeningPool, ref OpeningPoolCount, buf[..n]);
        return f;
    }

    /// <summary>Bit (id mod 64) per term.</summary>
    private static ulong Mask(ReadOnlySpan<int> ids)
    {
        ulong mask = 0;
        foreach (int id in ids) mask |= 1UL << (id & 63);
        return mask;
    }

    private static int AddTerms(Dictionary<string, int> ids, Span<int> buf, int n, string[] terms, int max, out byte count)
    {
        int start = n;
        foreach (var raw in terms)
        {
            if (string.IsNullOrWhiteSpace(raw) || n - start == max) continue;
            var t = raw.Trim();
            if (!ids.TryGetValue(t, out int id)) ids.Add(t, id = ids.Count);
            if (buf[start..n].Contains(id)) continue;
            buf[n++] = id;
        }
        count = (byte)(n - start);
        return n;
    }

    private static int Append(ref int[] pool, ref int count, ReadOnlySpan<int> items)
    {
        if (count + items.Length > pool.Length) Array.Resize(ref pool, Math.Max(pool.Length * 2, count + items.Length));
        int offset = count;
        items.CopyTo(pool.AsSpan(offset));
        count += items.Length;
        return offset;
    }

    private int RelatedSetIndex(int occ)
    {
        if (_relatedSetByCode.TryGetValue(occ, out int i)) return i;
        var set = Related.TargetsFor(occ);
        i = set.Length == 0 ? -1 : _relatedSets.Count;
        if (i >= 0) _relatedSets.Add(set);
        _relatedSetByCode[occ] = i;
        return i;
    }
}
