namespace Matching.Domain.Validation;

/// <summary>
/// A pragmatic syntax check (local@domain.tld), not RFC 5322: quoted local parts, comments and IP-literal
/// domains are refused because no counsellor or employer types them and they break downstream mailers.
/// </summary>
public static class EmailAddress
{
    // RFC 5321's limits: 254 for the path as a whole, 64 for the local part, 63 for a DNS label.
    public const int MaxLength = 254;
    private const int MaxLocalLength = 64;
    private const int MaxLabelLength = 63;

    private const string LocalSymbols = "!#$%&'*+/=?^_`{|}~-";

    public static bool IsValid(string? input)
    {
        if (string.IsNullOrEmpty(input) || input.Length > MaxLength)
            return false;

        var at = input.IndexOf('@');
        if (at <= 0 || at != input.LastIndexOf('@'))
            return false;

        return IsValidLocalPart(input.AsSpan(0, at)) && IsValidDomain(input.AsSpan(at + 1));
    }

    private static bool IsValidLocalPart(ReadOnlySpan<char> local)
    {
        if (local.Length > MaxLocalLength || local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal))
            return false;
        foreach (var c in local)
        {
            if (!(char.IsLetterOrDigit(c) || c == '.' || LocalSymbols.Contains(c)))
                return false;
        }
        return true;
    }

    private static bool IsValidDomain(ReadOnlySpan<char> domain)
    {
        if (domain.IsEmpty || domain.IndexOf('.') < 0)
            return false;

        var labelCount = 0;
        ReadOnlySpan<char> last = default;
        foreach (var range in domain.Split('.'))
        {
            var label = domain[range];
            if (label.IsEmpty || label.Length > MaxLabelLength || label[0] == '-' || label[^1] == '-')
                return false;
            foreach (var c in label)
            {
                // Letters beyond ASCII allow internationalised names such as 한국.kr as typed.
                if (!(char.IsLetterOrDigit(c) || c == '-'))
                    return false;
            }
            labelCount++;
            last = label;
        }

        // A top-level domain is never all digits and never a single character.
        return labelCount >= 2 && last.Length >= 2 && !IsAllDigits(last);
    }

    private static bool IsAllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
                return false;
        }
        return true;
    }
}
