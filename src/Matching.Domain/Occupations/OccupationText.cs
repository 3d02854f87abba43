namespace Matching.Domain.Occupations;

/// <summary>
/// Search folds names to letters and digits only, so "요양보호사" meets "요양 보호사 및 간병인"
/// and "회계·경리" meets "회계 경리".
/// </summary>
internal static class OccupationText
{
    public static bool IsKept(char c) => char.IsLetterOrDigit(c);

    public static char Fold(char c) => char.ToLowerInvariant(c);

    /// <summary>Writes the folded form of <paramref name="text"/> and returns its length.</summary>
    public static int Normalise(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (IsKept(c))
            {
                destination[length++] = Fold(c);
            }
        }

        return length;
    }

    public static string Normalise(string text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        return new string(buffer[..Normalise(text, buffer)]);
    }
}
