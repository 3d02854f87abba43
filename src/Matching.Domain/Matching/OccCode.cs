using System.Numerics;

namespace Matching.Domain.Matching;

/// <summary>
/// A KECO code packed into an int: bits 16-18 the length (1..4), bits 0-15 the digits as nibbles,
/// so prefix questions are a mask and an XOR.
/// </summary>
internal static class OccCode
{
    public const int None = -1;
    private static readonly int[] Masks = [0, 0xF000, 0xFF00, 0xFFF0, 0xFFFF];

    public static int Parse(string? code)
    {
        if (code is null) return None;
        var s = code.AsSpan().Trim();
        if (s.Length is < 1 or > 4) return None;
        int digits = 0;
        for (int i = 0; i < s.Length; i++)
        {
            int d = s[i] - '0';
            if ((uint)d > 9) return None;
            digits |= d << (12 - 4 * i);
        }
        return (s.Length << 16) | digits;
    }

    public static int Length(int key) => key >> 16;

    public static int Prefix(int key, int length) => (length << 16) | (key & Masks[length]);

    /// <summary>Number of leading digits the two codes share, at most the shorter length.</summary>
    public static int CommonDepth(int a, int b)
    {
        int x = (a ^ b) & 0xFFFF;
        int depth = x == 0 ? 4 : BitOperations.LeadingZeroCount((uint)x << 16) >> 2;
        return Math.Min(depth, Math.Min(a >> 16, b >> 16));
    }

    /// <summary>True when <paramref name="a"/> is <paramref name="b"/> or one of its ancestors.</summary>
    public static bool IsPrefixOf(int a, int b) => (a >> 16) <= (b >> 16) && CommonDepth(a, b) == a >> 16;

    public static bool Related(int a, int b) => IsPrefixOf(a, b) || IsPrefixOf(b, a);

    public static string ToCode(int key)
    {
        int len = key >> 16;
        Span<char> c = stackalloc char[4];
        for (int i = 0; i < len; i++) c[i] = (char)('0' + ((key >> (12 - 4 * i)) & 0xF));
        return new string(c[..len]);
    }
}
