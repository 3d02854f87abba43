namespace Matching.Domain.Validation;

/// <summary>사업자등록번호: 10 digits, 3-2-5, the last a check digit over the first nine.</summary>
public static class BusinessRegistrationNumber
{
    private const int Length = 10;

    // The National Tax Service's weights for digits 1–9.
    private static ReadOnlySpan<int> Weights => [1, 3, 7, 1, 3, 7, 1, 3, 5];

    public static bool IsValid(string? input) => TryNormalize(input, out _);

    /// <summary>Accepts "1234567890" or "123-45-67890" (surrounding spaces ignored); gives "123-45-67890".</summary>
    public static bool TryNormalize(string? input, out string formatted)
    {
        formatted = string.Empty;
        if (input is null)
            return false;

        Span<int> digits = stackalloc int[Length];
        if (!TryReadDigits(input.AsSpan().Trim(), digits) || !HasValidCheckDigit(digits))
            return false;

        // No 세무서 has code 000; it is what a placeholder "000-00-00000" (which passes the sum) starts with.
        if (digits[0] == 0 && digits[1] == 0 && digits[2] == 0)
            return false;

        Span<char> text = stackalloc char[Length + 2];
        var at = 0;
        for (var i = 0; i < Length; i++)
        {
            if (i is 3 or 5)
                text[at++] = '-';
            text[at++] = (char)('0' + digits[i]);
        }
        formatted = new string(text);
        return true;
    }

    internal static bool HasValidCheckDigit(ReadOnlySpan<int> digits)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
            sum += digits[i] * Weights[i];
        // The ninth digit's product contributes its tens digit once more: the "carry" of the official rule.
        sum += digits[8] * 5 / 10;
        return (10 - sum % 10) % 10 == digits[9];
    }

    private static bool TryReadDigits(ReadOnlySpan<char> text, Span<int> digits)
    {
        var hyphenated = text.Length == Length + 2;
        if (!hyphenated && text.Length != Length)
            return false;
        if (hyphenated && (text[3] != '-' || text[6] != '-'))
            return false;

        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (hyphenated && i is 3 or 6)
                continue;
            if (!char.IsAsciiDigit(text[i]))
                return false;
            digits[count++] = text[i] - '0';
        }
        return count == Length;
    }
}
