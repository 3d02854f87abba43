using System.ComponentModel.DataAnnotations;

namespace Matching.Domain.Matching;

/// <summary>Weights and constants of the match score; bound from configuration section Matching:Scoring.</summary>
public sealed class ScoringOptions
{
    public const string SectionName = "Matching:Scoring";

    /// <summary>Problems with the values (weights must not all be zero); empty when usable. DataAnnotations cover the ranges.</summary>
    public IEnumerable<string> Validate()
    {
        if (OccupationWeight + DistanceWeight + WageWeight + ConditionsWeight + SkillsWeight + ExperienceWeight + EducationWeight
            + ProgrammeWeight + FreshnessWeight <= 0)
            yield return "At least one scoring weight must be above zero.";
        if (YouthMinAge > YouthMaxAge || NewMiddleAgeMinAge > NewMiddleAgeMaxAge)
            yield return "Programme age bands must not be empty.";
    }

    // Component weights; the total is normalised to 0..100 whatever they add up to.
    [Range(0, 1000)]
    public double OccupationWeight { get; set; } = 30;
    [Range(0, 1000)]
    public double DistanceWeight { get; set; } = 20;
    [Range(0, 1000)]
    public double WageWeight { get; set; } = 12;
    [Range(0, 1000)]
    public double ConditionsWeight { get; set; } = 8;
    [Range(0, 1000)]
    public double SkillsWeight { get; set; } = 8;
    [Range(0, 1000)]
    public double ExperienceWeight { get; set; } = 8;
    [Range(0, 1000)]
    public double EducationWeight { get; set; } = 4;
    [Range(0, 1000)]
    public double ProgrammeWeight { get; set; } = 5;
    [Range(0, 1000)]
    public double FreshnessWeight { get; set; } = 5;

    // Occupation proximity by the deepest shared KECO level.
    [Range(0, 1)]
    public double SubGroupScore { get; set; } = 1.0;     // 세분류
    [Range(0, 1)]
    public double MinorGroupScore { get; set; } = 0.8;   // 소분류
    [Range(0, 1)]
    public double MiddleGroupScore { get; set; } = 0.6;  // 중분류
    [Range(0, 1)]
    public double MajorGroupScore { get; set; } = 0.3;   // 대분류

    /// <summary>Straight-line distance divided by this gives the door-to-door commute estimate.</summary>
    [Range(1, 200)]
    public double DoorToDoorSpeedKmh { get; set; } = 20;
    /// <summary>Used when the seeker gave no limit.</summary>
    [Range(1, 600)]
    public int DefaultMaxCommuteMinutes { get; set; } = 60;
    /// <summary>Widening lets candidates up to this multiple of the commute limit through (조건 완화).</summary>
    [Range(1.01, 10)]
    public double CommuteWideningFactor { get; set; } = 1.5;
    [Range(0, 5000)]
    public double BusStopRadiusMeters { get; set; } = 800;
    /// <summary>Distance component of a seeker who reaches the park by free commute bus.</summary>
    [Range(0, 1)]
    public double BusReachableScore { get; set; } = 0.75;

    [Range(0.1, 3650)]
    public double FreshnessHalfLifeDays { get; set; } = 30;

    // Age bands that decide programme eligibility (age = current year − birth year).
    public int YouthMinAge { get; set; } = 15;
    public int YouthMaxAge { get; set; } = 34;
    public int NewMiddleAgeMinAge { get; set; } = 50;
    public int NewMiddleAgeMaxAge { get; set; } = 64;
    public int SeniorMinAge { get; set; } = 65;

    /// <summary>Value of a component whose data is unknown.</summary>
    [Range(0, 1)]
    public double Neutral { get; set; } = 0.5;
}
