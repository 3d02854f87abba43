namespace Matching.Contracts;

/// <summary>One entry of a suggestion list, with what either side's screen shows of the other.</summary>
public record Suggestion(
    Guid SeekerId,
    Guid OpeningId,
    string SeekerName,
    string EmployerName,
    string Title,
    double Score,
    SuggestionComponents Components,
    IReadOnlyList<string> Reasons,
    bool Widened);

public record SuggestionComponents(
    double Occupation,
    double Distance,
    double Wage,
    double Conditions,
    double Skills,
    double Experience,
    double Education,
    double Programme,
    double Freshness);
