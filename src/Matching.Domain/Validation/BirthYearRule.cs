namespace Matching.Domain.Validation;

/// <summary>Plausible birth years for a job seeker, counted by year of birth only (연 나이).</summary>
public static class BirthYearRule
{
    // 근로기준법 sets 15 as the minimum working age; above 100 the year is almost surely a typo.
    public const int MinimumAge = 15;
    public const int MaximumAge = 100;

    public static int AgeIn(int birthYear, int year) => year - birthYear;

    public static bool IsValid(int birthYear, int currentYear) =>
        AgeIn(birthYear, currentYear) is >= MinimumAge and <= MaximumAge;
}
