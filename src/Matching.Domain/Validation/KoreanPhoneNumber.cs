namespace Matching.Domain.Validation;

/// <summary>Korean telephone numbers written the way people type them, normalised to the hyphenated form.</summary>
public static class KoreanPhoneNumber
{
    // 15xx/16xx/18xx numbers are national and cannot be dialled from abroad, so +82 never precedes them.
    private static readonly HashSet<string> MobilePrefixes = ["010", "011", "016", "017", "018", "019"];

    private static readonly HashSet<string> AreaCodes =
    [
        "031", "032", "033",
        "041", "042", "043", "044",
        "051", "052", "053", "054", "055",
        "061", "062", "063", "064",
    ];

    private const int MaxDigits = 16;

    public static bool IsValid(string? input) => TryNormalize(input, out _);

    /// <summary>
    /// "+82 10.1234.5678" → "010-1234-5678", "(02) 123 4567" → "02-123-4567", "15881234" → "1588-1234".
    /// Spaces, dots, hyphens and parentheses are separators; a leading +82 (or 0082) is the country code.
    /// </summary>
    public static bool TryNormalize(string? input, out string normalized)
    {
        normalized = string.Empty;
        if (string.IsNullOrWhiteSpace(input) || !TryExtractDigits(input, out var digits, out var international))
            return false;

        if (international || digits.StartsWith("0082", StringComparison.Ordinal))
        {
            var afterPlus = international ? digits : digits[2..];
            if (!afterPlus.StartsWith("82", StringComparison.Ordinal))
                return false;
            var national = afterPlus[2..];
            // "+82 (0)10 …" keeps its trunk zero; "+82 10 …" gets it back.
            digits = national.StartsWith('0') ? national : "0" + national;
        }

        var formatted = Format(digits);
        if (formatted is null)
            return false;
        normalized = formatted;
        return true;
    }

    private static string? Format(string d)
    {
        if (d.Length == 8 && d[0] == '1' && d[1] is '5' or '6' or '8')
            return $"{d[..4]}-{d[4..]}";

        if (d.StartsWith("02", StringComparison.Ordinal))
            return d.Length is 9 or 10 ? Split(d, prefixLength: 2) : null;

        if (d.Length is not (10 or 11))
            return null;
        var prefix = d[..3];
        return MobilePrefixes.Contains(prefix) || AreaCodes.Contains(prefix) || prefix == "070"
            ? Split(d, prefixLength: 3)
            : null;
    }

    // prefix, a 3- or 4-digit exchange, and 4 digits; an exchange starting with 0 is never assigned.
    private static string? Split(string d, int prefixLength)
    {
        var exchangeLength = d.Length - prefixLength - 4;
        if (exchangeLength is not (3 or 4) || d[prefixLength] == '0')
            return null;
        return $"{d[..prefixLength]}-{d.Substring(prefixLength, exchangeLength)}-{d[^4..]}";
    }

    private static bool TryExtractDigits(string input, out string digits, out bool international)
    {
        digits = string.Empty;
        international = false;
        Span<char> buffer = stackalloc char[MaxDigits];
        var count = 0;
        foreach (var c in input)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == MaxDigits)
                    return false;
                buffer[count++] = c;
            }
            else if (c == '+' && count == 0 && !international)
            {
                international = true;
            }
            else if (!(c is ' ' or '.' or '-' or '(' or ')' or '\t'))
            {
                return false;
            }
        }
        digits = new string(buffer[..count]);
        return count > 0;
    }
}
