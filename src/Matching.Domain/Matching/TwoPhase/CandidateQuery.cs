namespace Matching.Domain.Matching.TwoPhase;

/// <summary>
/// Phase one, in engine-neutral terms: the hard filters every candidate the scorer would accept passes, and an
/// approximate score that is an upper bound of the candidate's exact <see cref="RankKey"/>: the best matching
/// <see cref="Occupation"/> weight plus every matching <see cref="Terms"/> value.
/// </summary>
public sealed record CandidateQuery(IReadOnlyList<Clause> Filters, IReadOnlyList<Flat> Occupation, IReadOnlyList<ScoreTerm> Terms);

/// <summary>A condition on one candidate's indexed values.</summary>
public abstract record Clause;

/// <summary>The field holds at least one of the values (keywords; booleans as "true"/"false").</summary>
public sealed record TermIn(CandidateField Field, IReadOnlyList<string> Values) : Clause;

/// <summary>The field holds a number in [Min, Max]; an open end is null.</summary>
public sealed record NumberIn(CandidateField Field, double? Min, double? Max) : Clause;

/// <summary>The date field is on or after the day.</summary>
public sealed record DateFrom(CandidateField Field, DateOnly Day) : Clause;

/// <summary>The field holds no value (null or an empty list).</summary>
public sealed record Absent(CandidateField Field) : Clause;

/// <summary>The candidate's location lies within <see cref="Km"/> of the point.</summary>
public sealed record Within(double Lat, double Lon, double Km) : Clause;

/// <summary>The field holds every one of the values.</summary>
public sealed record HoldsAll(CandidateField Field, IReadOnlyList<string> Values) : Clause;

/// <summary>At least <see cref="CountField"/> of the field's values are among <see cref="Values"/>: the field is covered by them.</summary>
public sealed record CoveredBy(CandidateField Field, IReadOnlyList<string> Values, CandidateField CountField) : Clause;

public sealed record AllOf(IReadOnlyList<Clause> Clauses) : Clause;

/// <summary>At least one of the clauses; none matches nothing.</summary>
public sealed record AnyOf(IReadOnlyList<Clause> Clauses) : Clause;

/// <summary>Part of the approximate score; <see cref="When"/> null applies to every candidate.</summary>
public abstract record ScoreTerm(Clause? When, double Weight);

/// <summary>The weight itself.</summary>
public sealed record Flat(Clause? When, double Weight) : ScoreTerm(When, Weight);

/// <summary>
/// Weight × max(0, 1 − d / (2 · HalfKm)) for the distance d to the point: half the weight at HalfKm. Without a location
/// an engine may give anything from nothing to the full weight; a plan never counts on either.
/// </summary>
public sealed record NearDecay(Clause? When, double Lat, double Lon, double HalfKm, double Weight) : ScoreTerm(When, Weight);

/// <summary>Weight × 0.5^(days before <see cref="Today"/> (00:00 UTC) / HalfLifeDays) of the date field; the full weight for later dates.</summary>
public sealed record AgeDecay(Clause? When, CandidateField Field, DateOnly Today, double HalfLifeDays, double Weight) : ScoreTerm(When, Weight);
