using Matching.Domain.Profiles;

namespace Matching.Domain.Matching.TwoPhase;

/// <summary>
/// Turns profiles into the documents an external engine stores, and back. Lists are cleaned exactly as the
/// scorer cleans them (trimmed, each once ignoring case, at most 64; three valid wishes; sixty experience
/// entries), so a restored profile scores exactly as the original.
/// </summary>
public sealed class IndexedProfiles(ScoringOptions options, CommuteBusRoutes routes)
{
    private const int MaxTerms = 64, MaxWishes = 3, MaxExperience = 60;

    public IndexedSeeker Index(SeekerProfile p)
    {
        // The scorer works on single-precision coordinates and wages; the derived values follow it.
        float? lat = p.Latitude is double la && p.Longitude is not null ? (float)la : null;
        float? lon = p.Latitude is not null && p.Longitude is double lo ? (float)lo : null;
        var experience = p.Experience.Where(x => OccCode.Parse(x.Occupation) != OccCode.None && x.Years > 0).Take(MaxExperience)
            .Select(x => x with { Occupation = x.Occupation.Trim() }).ToArray();
        var parks = lat is null ? (ushort)0 : routes.ReachableMask(lat.Value, lon!.Value, options.BusStopRadiusMeters);
        var certificates = Terms(p.Certificates);
        return new IndexedSeeker
        {
            Id = p.Id,
            Version = p.Version,
            Status = p.Active ? IndexedSeeker.Active : IndexedSeeker.Inactive,
            Consent = p.ConsentToMatching,
            AcceptsAnyOccupation = p.AcceptsAnyOccupation,
            Occupations = Levels(Wishes(p.DesiredOccupations)),
            Location = lat is null ? null : new GeoPoint(p.Latitude!.Value, p.Longitude!.Value),
            Latitude = lat is null ? null : p.Latitude,
            Longitude = lat is null ? null : p.Longitude,
            CommuteMinutes = p.MaxCommuteMinutes is int m && m > 0 ? m : options.DefaultMaxCommuteMinutes,
            ReachableParks = [.. Enumerable.Range(0, routes.Parks.Count).Where(i => (parks & (1 << i)) != 0).Select(i => routes.Parks[i].Id)],
            WageUnit = p.DesiredWageUnit,
            WageAmount = p.DesiredWage,
            HourlyWage = p.DesiredWage is long w && p.DesiredWageUnit is WageUnit u && w > 0 ? (float)WageHours.ToHourly(u, w) : null,
            EmploymentTypes = [.. p.EmploymentTypes.Distinct().Select(t => t.ToString())],
            MaxWeeklyHours = p.MaxWeeklyHours is int h && h > 0 ? h : null,
            Skills = Terms(p.Skills),
            Certificates = certificates,
            CertificateCount = certificates.Length,
            Experience = experience,
            ExperienceOccupations = Levels([.. experience.Select(x => x.Occupation).Distinct()]),
            Education = (int?)p.Education,
            Programmes = [.. p.Programmes.Where(x => !FeatureSpace.IsAgeBased(x)).Distinct().Select(x => x.ToString())],
            BirthYear = p.BirthYear,
            UpdatedAt = p.UpdatedAt,
        };
    }

    public IndexedOpening Index(OpeningProfile p)
    {
        long offer = p.WageMax is long max && max >= p.WageMin ? max : p.WageMin;
        int park = routes.IndexOf(p.IndustrialPark);
        var required = Terms(p.RequiredCertificates);
        var preferred = Terms(p.PreferredSkills);
        return new IndexedOpening
        {
            Id = p.Id,
            Version = p.Version,
            Status = !p.Active ? IndexedOpening.Inactive : p.Filled < p.Headcount ? IndexedOpening.Open : IndexedOpening.Full,
            EmployerId = p.EmployerId,
            Occupations = Levels(OccCode.Parse(p.Occupation) == OccCode.None ? [] : [p.Occupation.Trim()]),
            Location = new GeoPoint(p.Latitude, p.Longitude),
            Latitude = p.Latitude,
            Longitude = p.Longitude,
            IndustrialPark = park < 0 ? null : routes.Parks[park].Id,
            WageUnit = p.WageUnit,
            WageMin = p.WageMin,
            WageMax = p.WageMax,
            HourlyWage = offer > 0 ? (float)WageHours.ToHourly(p.WageUnit, offer) : null,
            EmploymentType = p.EmploymentType,
            WorkHours = p.WorkHours is int h && h > 0 ? h : null,
            RequiredCertificates = required,
            RequiredCertificateCount = required.Length,
            PreferredSkills = preferred,
            PreferredSkillCount = preferred.Length,
            MinExperienceYears = p.MinExperienceYears,
            MinExperienceMonths = Math.Clamp((p.MinExperienceYears ?? 0) * 12, 0, short.MaxValue),
            Education = (int?)p.Education,
            WelcomesProgrammes = [.. p.WelcomesProgrammes.Distinct().Select(x => x.ToString())],
            ClosesOn = p.ClosesOn,
            PostedAt = p.PostedAt,
            Headcount = p.Headcount,
            Filled = p.Filled,
        };
    }

    public static SeekerProfile Restore(IndexedSeeker d) => new()
    {
        Id = d.Id,
        Version = d.Version,
        Active = d.Status == IndexedSeeker.Active,
        ConsentToMatching = d.Consent,
        AcceptsAnyOccupation = d.AcceptsAnyOccupation,
        DesiredOccupations = d.Occupations.Codes,
        Latitude = d.Latitude,
        Longitude = d.Longitude,
        MaxCommuteMinutes = d.CommuteMinutes,
        DesiredWageUnit = d.WageUnit,
        DesiredWage = d.WageAmount,
        EmploymentTypes = [.. d.EmploymentTypes.Select(Enum.Parse<EmploymentType>)],
        MaxWeeklyHours = d.MaxWeeklyHours,
        Skills = d.Skills,
        Certificates = d.Certificates,
        Experience = d.Experience,
        Education = (Education?)d.Education,
        Programmes = [.. d.Programmes.Select(Enum.Parse<Programme>)],
        BirthYear = d.BirthYear,
        UpdatedAt = d.UpdatedAt,
    };

    public static OpeningProfile Restore(IndexedOpening d) => new()
    {
        Id = d.Id,
        Version = d.Version,
        Active = d.Status != IndexedOpening.Inactive,
        EmployerId = d.EmployerId,
        Occupation = d.Occupations.Codes.FirstOrDefault() ?? "",
        Headcount = d.Headcount,
        Filled = d.Filled,
        WageUnit = d.WageUnit,
        WageMin = d.WageMin,
        WageMax = d.WageMax,
        EmploymentType = d.EmploymentType,
        WorkHours = d.WorkHours,
        Latitude = d.Latitude,
        Longitude = d.Longitude,
        RequiredCertificates = d.RequiredCertificates,
        PreferredSkills = d.PreferredSkills,
        MinExperienceYears = d.MinExperienceYears,
        Education = (Education?)d.Education,
        WelcomesProgrammes = [.. d.WelcomesProgrammes.Select(Enum.Parse<Programme>)],
        ClosesOn = d.ClosesOn,
        PostedAt = d.PostedAt,
        IndustrialPark = d.IndustrialPark,
    };

    /// <summary>As the scorer interns terms: trimmed, blanks dropped, each once ignoring case, at most 64.</summary>
    internal static string[] Terms(string[] raw)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var kept = new List<string>();
        foreach (var t in raw)
        {
            if (string.IsNullOrWhiteSpace(t) || kept.Count == MaxTerms) continue;
            var term = t.Trim();
            if (seen.Add(term)) kept.Add(term);
        }
        return [.. kept];
    }

    internal static string[] Wishes(string[] raw)
    {
        var keys = new List<int>();
        var kept = new List<string>();
        foreach (var code in raw)
        {
            int key = OccCode.Parse(code);
            if (key == OccCode.None || keys.Count == MaxWishes || keys.Contains(key)) continue;
            keys.Add(key);
            kept.Add(code.Trim());
        }
        return [.. kept];
    }

    internal static KecoLevels Levels(string[] codes)
    {
        string[] At(int length) => [.. codes.Where(c => c.Length >= length).Select(c => c[..length]).Distinct()];
        return new KecoLevels(codes, At(1), At(2), At(3), At(4));
    }
}
