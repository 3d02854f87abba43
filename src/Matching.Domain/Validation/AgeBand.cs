namespace Matching.Domain.Validation;

/// <summary>The age bands of the labour-market statistics (일자리 공시).</summary>
public static class AgeBand
{
    public const string UpTo29 = "29세 이하";
    public const string Thirties = "30대";
    public const string Forties = "40대";
    public const string Fifties = "50대";
    public const string SixtyAndOver = "60세 이상";

    /// <summary>All bands, youngest first: the row order of a statistics table.</summary>
    public static IReadOnlyList<string> All { get; } = [UpTo29, Thirties, Forties, Fifties, SixtyAndOver];

    public static string AgeBandOf(int age)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(age);
        return age switch
        {
            <= 29 => UpTo29,
            <= 39 => Thirties,
            <= 49 => Forties,
            <= 59 => Fifties,
            _ => SixtyAndOver,
        };
    }

    /// <summary>The band of someone born in <paramref name="birthYear"/>, as of <paramref name="year"/>.</summary>
    public static string OfBirthYear(int birthYear, int year) => AgeBandOf(BirthYearRule.AgeIn(birthYear, year));
}
