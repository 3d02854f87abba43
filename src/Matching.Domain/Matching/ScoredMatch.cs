namespace Matching.Domain.Matching;

/// <summary>Each component in 0..1; names as in the API's <c>components</c> object.</summary>
public sealed record ScoreComponents(
    double Occupation,
    double Distance,
    double Wage,
    double Conditions,
    double Skills,
    double Experience,
    double Education,
    double Programme,
    double Freshness);

/// <summary>One ranked pair. Score is 0..100 rounded to one decimal; Widened marks 조건 완화 results.</summary>
public sealed record ScoredMatch(
    Guid SeekerId,
    Guid OpeningId,
    double Score,
    ScoreComponents Components,
    IReadOnlyList<string> Reasons,
    bool Widened);

/// <summary>Why a pair was not matched at all (hard filters, in the order they are checked).</summary>
public enum MatchRejection
{
    None,
    SeekerInactive,
    NoConsent,
    OpeningInactive,
    OpeningClosed,
    HeadcountFilled,
    OccupationUnrelated,
    TooFar,
    MissingCertificate,
}

/// <summary>KECO code → Korean name, for reason texts. Implemented by the occupation catalog.</summary>
public interface IOccupationNames
{
    string? NameOf(string kecoCode);
}

/// <summary>Adapts a function to <see cref="IOccupationNames"/>.</summary>
public sealed class OccupationNames(Func<string, string?> lookup) : IOccupationNames
{
    public static readonly IOccupationNames None = new OccupationNames(_ => null);
    public string? NameOf(string kecoCode) => lookup(kecoCode);
}
