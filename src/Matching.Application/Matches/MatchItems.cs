using Matching.Application.Privacy;
using Matching.Contracts;
using Matching.Domain.Matching;

namespace Matching.Application.Matches;

/// <summary>Stored suggestions as the REST items of each direction, so pushes and GETs look alike.</summary>
public static class MatchItems
{
    /// <summary>The seeker named as <paramref name="view"/> allows (<see cref="PersonalData"/>).</summary>
    public static SeekerMatch ForOpening(Suggestion s, SeekerView view) =>
        new(s.SeekerId, view.Name(s.SeekerId, s.SeekerName), s.Score, Components(s.Components), s.Reasons, s.Widened);

    public static OpeningMatch ForSeeker(Suggestion s) =>
        new(s.OpeningId, s.EmployerName, s.Title, s.Score, Components(s.Components), s.Reasons, s.Widened);

    private static ScoreComponents Components(SuggestionComponents c) =>
        new(c.Occupation, c.Distance, c.Wage, c.Conditions, c.Skills, c.Experience, c.Education, c.Programme, c.Freshness);
}
