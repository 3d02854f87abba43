using System.Globalization;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Application.Seekers;

/// <summary>How the desk's one search box reads what a counsellor types.</summary>
internal static class SeekerSearch
{
    public static IQueryable<Seeker> Apply(IQueryable<Seeker> seekers, string? q)
    {
        var text = q?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return seekers;
        }

        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        var onlyDigits = digits.Length > 0 && text.All(c => char.IsAsciiDigit(c) || c is '-' or ' ' or '.');
        if (!onlyDigits)
        {
            return seekers.Where(s => s.Name!.Contains(text));
        }

        // Four digits in the range of birth years are a year or the end of a phone number; a counsellor means either.
        if (digits.Length == 4 && int.Parse(digits, CultureInfo.InvariantCulture) is var year and >= 1900 and <= 2100)
        {
            return seekers.Where(s => s.BirthYear == year || s.Phone!.Replace("-", "").Contains(digits));
        }

        return seekers.Where(s => s.Phone!.Replace("-", "").Contains(digits));
    }
}
