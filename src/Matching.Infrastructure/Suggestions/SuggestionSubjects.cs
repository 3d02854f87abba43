namespace Matching.Infrastructure.Suggestions;

public static class SuggestionSubjects
{
    public const string Opening = "opening";
    public const string Seeker = "seeker";
}
