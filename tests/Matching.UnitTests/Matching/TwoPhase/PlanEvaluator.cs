using Matching.Domain.Matching.TwoPhase;
using OpeningProfile = Matching.Domain.Matching.OpeningProfile;
using SeekerProfile = Matching.Domain.Matching.SeekerProfile;
using static Matching.Domain.Matching.TwoPhase.CandidateField;

namespace Matching.UnitTests.Matching.TwoPhase;

/// <summary>
/// Reads a phase-one plan as its clauses say, over the indexed documents: what an engine is asked to do,
/// done in memory, so the plan's promises (it passes every accepted candidate, its score bounds the exact key)
/// can be checked without an engine. Where an engine's behaviour may vary, it takes the less favourable reading.
/// </summary>
internal sealed class PlanEvaluator
{
    private readonly Func<CandidateField, object?> _value;

    private PlanEvaluator(Func<CandidateField, object?> value) => _value = value;

    /// <summary>Every seeker's and every opening's document, read as an engine would.</summary>
    public static (List<PlanEvaluator> Seekers, List<PlanEvaluator> Openings) Of(IndexedProfiles documents, List<SeekerProfile> seekers, List<OpeningProfile> openings) =>
        (seekers.ConvertAll(s => Of(documents.Index(s))), openings.ConvertAll(o => Of(documents.Index(o))));

    public static PlanEvaluator Of(IndexedSeeker d) => new(f => f switch
    {
        Status => new[] { d.Status },
        Consent => new[] { d.Consent ? "true" : "false" },
        AcceptsAnyOccupation => new[] { d.AcceptsAnyOccupation ? "true" : "false" },
        OccupationCodes => d.Occupations.Codes,
        OccupationMajor => d.Occupations.Major,
        OccupationMiddle => d.Occupations.Middle,
        OccupationMinor => d.Occupations.Minor,
        OccupationSub => d.Occupations.Sub,
        Location => d.Location,
        CommuteMinutes => (double)d.CommuteMinutes,
        ReachableParks => d.ReachableParks,
        HourlyWage => d.HourlyWage,
        EmploymentTypes => d.EmploymentTypes,
        MaxWeeklyHours => (double?)d.MaxWeeklyHours,
        Skills => d.Skills,
        Certificates => d.Certificates,
        ExperienceMajor => d.ExperienceOccupations.Major,
        ExperienceMiddle => d.ExperienceOccupations.Middle,
        Education => (double?)d.Education,
        Programmes => d.Programmes,
        BirthYear => (double)d.BirthYear,
        UpdatedAt => d.UpdatedAt,
        _ => throw new InvalidOperationException($"A seeker has no {f}"),
    });

    public static PlanEvaluator Of(IndexedOpening d) => new(f => f switch
    {
        Status => new[] { d.Status },
        OccupationCodes => d.Occupations.Codes,
        OccupationMajor => d.Occupations.Major,
        OccupationMiddle => d.Occupations.Middle,
        OccupationMinor => d.Occupations.Minor,
        OccupationSub => d.Occupations.Sub,
        Location => d.Location,
        IndustrialPark => d.IndustrialPark is null ? Array.Empty<string>() : [d.IndustrialPark],
        HourlyWage => d.HourlyWage,
        EmploymentType => new[] { d.EmploymentType.ToString() },
        WorkHours => (double?)d.WorkHours,
        RequiredCertificates => d.RequiredCertificates,
        RequiredCertificateCount => (double)d.RequiredCertificateCount,
        PreferredSkills => d.PreferredSkills,
        PreferredSkillCount => (double)d.PreferredSkillCount,
        MinExperienceMonths => (double)d.MinExperienceMonths,
        Education => (double?)d.Education,
        WelcomesProgrammes => d.WelcomesProgrammes,
        ClosesOn => new DateTimeOffset(d.ClosesOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        PostedAt => d.PostedAt,
        _ => throw new InvalidOperationException($"An opening has no {f}"),
    });

    public bool Passes(CandidateQuery q) => q.Filters.All(Matches);

    public double Score(CandidateQuery q)
    {
        double best = 0;
        foreach (var o in q.Occupation) if (Matches(o.When!)) best = Math.Max(best, o.Weight);
        foreach (var t in q.Terms)
        {
            if (t.When is not null && !Matches(t.When)) continue;
            best += t switch
            {
                Flat f => f.Weight,
                NearDecay n => _value(Location) is GeoPoint p ? n.Weight * Math.Max(0, 1 - HaversineKm(p.Lat, p.Lon, n.Lat, n.Lon) / (2 * n.HalfKm)) : 0,
                AgeDecay a => a.Weight * Math.Pow(0.5, Math.Max(0, (Midnight(a.Today) - (DateTimeOffset)_value(a.Field)!).TotalDays) / a.HalfLifeDays),
                _ => throw new InvalidOperationException(t.GetType().Name),
            };
        }
        return best;
    }

    private bool Matches(Clause c) => c switch
    {
        TermIn t => Keywords(t.Field).Any(v => t.Values.Contains(v, StringComparer.OrdinalIgnoreCase)),
        NumberIn n => _value(n.Field) is double x && (n.Min is null || x >= n.Min) && (n.Max is null || x <= n.Max),
        DateFrom d => (DateTimeOffset)_value(d.Field)! >= Midnight(d.Day),
        Absent a => _value(a.Field) switch { null => true, string[] s => s.Length == 0, _ => false },
        Within w => _value(Location) is GeoPoint p && HaversineKm(p.Lat, p.Lon, w.Lat, w.Lon) <= w.Km,
        HoldsAll h => h.Values.All(v => Keywords(h.Field).Contains(v, StringComparer.OrdinalIgnoreCase)),
        CoveredBy cb => Keywords(cb.Field).Count(v => cb.Values.Contains(v, StringComparer.OrdinalIgnoreCase)) >= (double)_value(cb.CountField)!
            && Keywords(cb.Field).Length > 0,
        AllOf all => all.Clauses.All(Matches),
        AnyOf any => any.Clauses.Any(Matches),
        _ => throw new InvalidOperationException(c.GetType().Name),
    };

    private string[] Keywords(CandidateField f) => (string[]?)_value(f) ?? [];

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static double HaversineKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double r = 6371.0088, rad = Math.PI / 180;
        double dLat = (lat2 - lat1) * rad, dLon = (lon2 - lon1) * rad;
        double h = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(lat1 * rad) * Math.Cos(lat2 * rad) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * r * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
