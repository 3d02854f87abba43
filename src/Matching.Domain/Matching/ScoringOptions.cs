namespace Matching.Domain.Matching;

/// <summary>Weights and constants of the match score; bound from configuration section Matching:Scoring.</summary>
public sealed class ScoringOptions
{
    public const string SectionName = "Matching:Scoring";

    // Component weights; the total is normalised to 0..100 whatever they add up to.
    public double OccupationWeight { get; set; } = 30;
    public double DistanceWeight { get; set; } = 20;
    public double WageWeight { get; set; } = 12;
    public double ConditionsWeight { get; set; } = 8;
    public double SkillsWeight { get; set; } = 8;
    public double ExperienceWeight { get; set; } = 8;
    public double EducationWeight { get; set; } = 4;
    public double ProgrammeWeight { get; set; } = 5;
    public double FreshnessWeight { get; set; } = 5;

    // Occupation proximity by the deepest shared KECO level.
    public double SubGroupScore { get; set; } = 1.0;     // 세분류
    public double MinorGroupScore { get; set; } = 0.8;   // 소분류
    public double MiddleGroupScore { get; set; } = 0.6;  // 중분류
    public double MajorGroupScore { get; set; } = 0.3;   // 대분류

    /// <summary>Straight-line distance divided by this gives the door-to-door commute estimate.</summary>
    public double DoorToDoorSpeedKmh { get; set; } = 20;
    /// <summary>Used when the seeker gave no limit.</summary>
    public int DefaultMaxCommuteMinutes { get; set; } = 60;
    /// <summary>Widening lets candidates up to this multiple of the commute limit through (조건 완화).</summary>
    public double CommuteWideningFactor { get; set; } = 1.5;
    public double BusStopRadiusMeters { get; set; } = 800;
    /// <summary>Distance component of a seeker who reaches the park by free commute bus.</summary>
    public double BusReachableScore { get; set; } = 0.75;

    public double FreshnessHalfLifeDays { get; set; } = 30;

    // Age bands that decide programme eligibility (age = current year − birth year).
    public int YouthMinAge { get; set; } = 15;
    public int YouthMaxAge { get; set; } = 34;
    public int NewMiddleAgeMinAge { get; set; } = 50;
    public int NewMiddleAgeMaxAge { get; set; } = 64;
    public int SeniorMinAge { get; set; } = 65;

    /// <summary>Value of a component whose data is unknown.</summary>
    public double Neutral { get; set; } = 0.5;
}
