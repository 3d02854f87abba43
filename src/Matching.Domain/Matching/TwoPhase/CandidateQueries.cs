using Matching.Domain.Profiles;
using static Matching.Domain.Matching.TwoPhase.CandidateField;

namespace Matching.Domain.Matching.TwoPhase;

/// <summary>
/// Builds phase one for a subject: filters that every candidate the scorer accepts passes, and an approximate
/// score that never falls below a candidate's exact <see cref="RankKey"/>. Each part below says which scorer
/// component it bounds; where a component is not bounded per candidate it counts at its best (1).
/// </summary>
/// <remarks>
/// Distances get a margin (2 % and 100 m) because an engine measures along the arc while the scorer uses its fast
/// flat-earth formula (within 0.1 % at commute distances), and because the engine rounds stored coordinates.
/// </remarks>
public sealed partial class CandidateQueries(ScoringOptions options, RelatedOccupations related, CommuteBusRoutes routes)
{
    private const double DistanceSlack = 1.02, DistanceSlackKm = 0.1;
    private const int WageSteps = 20;

    /// <summary>Commute-limit bands (minutes): a seeker's own limit is at most its band's upper end.</summary>
    private static readonly (int Lo, int Hi)[] Bands =
        [(1, 15), (16, 30), (31, 45), (46, 60), (61, 90), (91, 120), (121, 180), (181, 240), (241, 360), (361, 600)];

    private static readonly TermIn True = new(AcceptsAnyOccupation, ["true"]);

    private double Km(double minutes, FeatureSpace fs) => minutes * fs.KmPerMinute * DistanceSlack + DistanceSlackKm;

    private static CandidateField Level(int length) => length switch
    {
        1 => OccupationMajor, 2 => OccupationMiddle, 3 => OccupationMinor, _ => OccupationSub,
    };

    private static string[] Prefixes(int code) => [.. Enumerable.Range(1, OccCode.Length(code)).Select(k => OccCode.ToCode(OccCode.Prefix(code, k)))];

    /// <summary>A wish related to <paramref name="target"/>: it is the target or an ancestor, or lies under the target.</summary>
    private static Clause RelatedTo(int target) =>
        new AnyOf([new TermIn(OccupationCodes, Prefixes(target)), new TermIn(Level(OccCode.Length(target)), [OccCode.ToCode(target)])]);

    private static void Add(List<ScoreTerm> terms, Clause? when, double weight)
    {
        if (weight > 0) terms.Add(new Flat(when, weight));
    }

    private static Clause? Both(Clause? a, Clause? b) => a is null ? b : b is null ? a : new AllOf([a, b]);

    /// <summary>Tier part of the key: 2000 when the candidate may be unwidened, 1000 when it may be within the commute limit.</summary>
    private static void AddTier(List<ScoreTerm> terms, Clause? maybeWithin, Clause? maybeStrict)
    {
        Add(terms, maybeWithin, RankKey.TierStep);
        Add(terms, Both(maybeWithin, maybeStrict), RankKey.TierStep);
    }

    /// <summary>Conditions component (type 70 %, hours 30 %) for the opening's fixed hours against a seeker's limit, or the reverse.</summary>
    private static void AddHours(List<ScoreTerm> terms, CandidateField field, int fixedHours, bool candidateIsSeeker, double weight, double neutral)
    {
        if (fixedHours < 0)
        {
            Add(terms, null, 0.3 * neutral * weight);
            return;
        }
        Add(terms, new Absent(field), 0.3 * neutral * weight);
        // Exact per whole hour within 10 hours over the limit; nothing beyond.
        Add(terms, candidateIsSeeker ? new NumberIn(field, fixedHours, null) : new NumberIn(field, null, fixedHours), 0.3 * weight);
        for (int over = 1; over < 10; over++)
        {
            int value = candidateIsSeeker ? fixedHours - over : fixedHours + over;
            if (value > 0) Add(terms, new NumberIn(field, value, value), 0.3 * (1 - over / 10.0) * weight);
        }
    }

    private static void AddFreshness(List<ScoreTerm> terms, FeatureSpace fs, int subjectDay, CandidateField candidateDate, DateOnly today, double weight)
    {
        Add(terms, null, weight * 0.5 * fs.FreshnessOf(today.DayNumber, subjectDay));
        if (weight > 0) terms.Add(new AgeDecay(null, candidateDate, today, fs.Options.FreshnessHalfLifeDays, weight * 0.5));
    }

    private static string[] Names(byte mask) => [.. Enum.GetValues<Programme>().Where(p => (mask & (1 << (int)p)) != 0).Select(p => p.ToString())];
}
