namespace Matching.Domain.Matching;

/// <summary>A seeker compiled for scoring: plain values, strings interned to ints in a shared pool.</summary>
internal struct SeekerFeatures
{
    public Guid Id;
    public float Lat, Lon;                 // NaN when unknown
    public float CosLat;
    public float MaxCommuteMinutes;        // the seeker's limit, or the default
    public float DesiredHourly;            // NaN when unknown
    public int UpdatedDay;                 // DateOnly.DayNumber
    public int Occ0, Occ1, Occ2;           // OccCode keys, OccCode.None when absent
    public int PoolOffset;                 // certificates, then skills, then (code, months) pairs
    public byte CertCount, SkillCount, ExperienceCount, OccCount;
    public short BirthYear;
    public short MaxWeeklyHours;           // -1 when unknown
    public sbyte Education;                // -1 when unknown
    public byte TypeMask;                  // 0 = any
    public byte DeclaredProgrammes;        // programmes not decided by age
    public bool Active, Consent, AcceptsAny;
    public ushort ParkMask;                // parks reachable by free commute bus
    public ulong CertMask;                 // bit (id mod 64) per certificate held: a quick "certainly missing" test
    public ulong SkillMask;                // bit (id mod 64) per skill
}

internal struct OpeningFeatures
{
    public Guid Id;
    public Guid EmployerId;
    public float Lat, Lon;
    public float CosLat;
    public int Occ;
    public int RelatedSet;                 // index into FeatureSpace related sets, -1 none
    public int ClosesDay, PostedDay;
    public float OfferHourly;
    public long OfferAmount;
    public int PoolOffset;                 // required certificates, then preferred skills
    public byte CertCount, SkillCount;
    public byte WageUnit, Type;
    public short WorkHours;                // -1 when unknown
    public short MinExperienceMonths;
    public sbyte Education;                // -1 when no requirement
    public byte WelcomeMask;
    public bool Active, HasRoom;
    public ushort ParkBit;                 // 0 when not in a park with commute buses
    public sbyte ParkIndex;
    public ulong CertMask;                 // bit (id mod 64) per required certificate
    public ulong SkillMask;                // bit (id mod 64) per preferred skill
}
