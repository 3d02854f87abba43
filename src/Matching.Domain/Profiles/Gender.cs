namespace Matching.Domain.Profiles;

/// <summary>Recorded for the 성별 statistics only; never an input to a match score.</summary>
public enum Gender
{
    Male,
    Female,
}
