namespace Matching.Domain.Privacy;

/// <summary>
/// The one masking rule (ISMS-P 3.2.3) for whoever may not read a seeker's personal data: API answers,
/// pages and CSV exports all call it, so the same person looks the same everywhere.
/// </summary>
public static class Masking
{
    /// <summary>
    /// 홍길동 → 홍*동, 남궁민수 → 남**수, 이산 → 이*: the first and last characters stay, so a desk can
    /// tell people apart without reading the name.
    /// </summary>
    public static string Name(string? name)
    {
        var text = name?.Trim() ?? "";
        return text.Length switch
        {
            0 => "",
            1 => "*",
            2 => text[0] + "*",
            _ => text[0] + new string('*', text.Length - 2) + text[^1],
        };
    }

    /// <summary>010-1234-5678 → 010-****-5678; a number without hyphens keeps only its last four digits.</summary>
    public static string Phone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return "";
        }

        var parts = phone.Trim().Split('-');
        if (parts.Length == 3)
        {
            return $"{parts[0]}-{new string('*', parts[1].Length)}-{parts[2]}";
        }

        var text = phone.Trim();
        return text.Length <= 4 ? new string('*', text.Length) : new string('*', text.Length - 4) + text[^4..];
    }

    /// <summary>hong.gildong@example.com → ho*********@example.com: enough to recognise, not to write to.</summary>
    public static string Email(string? email)
    {
        var text = email?.Trim() ?? "";
        var at = text.IndexOf('@');
        if (at <= 0)
        {
            return text.Length == 0 ? "" : new string('*', text.Length);
        }

        var keep = Math.Min(2, at);
        return text[..keep] + new string('*', at - keep) + text[at..];
    }
}
