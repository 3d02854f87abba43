namespace Matching.Domain.Matching.TwoPhase;

/// <summary>
/// The ranking order as one number, higher first: unwidened (tier 0) above 관련 직종 (tier 1) above 통근 확대 (tier 2),
/// then by score (0..100). A phase-one score is an upper bound of it.
/// </summary>
public static class RankKey
{
    public const double TierStep = 1000;

    /// <summary>
    /// Added to every phase-one score: it covers an engine's single-precision scores (about 2⁻¹³ at 2,100)
    /// and the scorer's single-precision freshness table.
    /// </summary>
    public const double Margin = 0.01;

    public static double Of(int tier, double total) => (2 - tier) * TierStep + total;
}
