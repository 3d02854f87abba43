using System.Globalization;

namespace Matching.Domain.Matching;

/// <summary>One direction of a related-occupation pair: codes under <see cref="From"/> relate to codes around <see cref="To"/>.</summary>
public readonly record struct RelatedPair(string From, string To, double Score);

/// <summary>
/// The shipped, editable table of occupations related across KECO branches (Data/related-occupations.tsv).
/// Pairs are symmetric.
/// </summary>
public sealed class RelatedOccupations
{
    internal readonly record struct Entry(int From, int To, double Score);

    private const string ResourceName = "Matching.Domain.Data.related-occupations.tsv";
    private readonly Entry[] _entries;

    public RelatedOccupations(IEnumerable<RelatedPair> pairs)
    {
        var list = new List<Entry>();
        foreach (var p in pairs)
        {
            int a = OccCode.Parse(p.From), b = OccCode.Parse(p.To);
            if (a == OccCode.None || b == OccCode.None)
                throw new ArgumentException($"Not a KECO code: {p.From} / {p.To}");
            if (p.Score is < 0 or > 1) throw new ArgumentException($"Score out of 0..1: {p.Score}");
            list.Add(new Entry(a, b, p.Score));
            list.Add(new Entry(b, a, p.Score));
        }
        _entries = [.. list];
        MaxScore = _entries.Length == 0 ? 0 : _entries.Max(e => e.Score);
    }

    public static RelatedOccupations Empty { get; } = new([]);

    public IReadOnlyList<RelatedPair> Pairs => [.. _entries.Select(e => new RelatedPair(OccCode.ToCode(e.From), OccCode.ToCode(e.To), e.Score))];

    internal ReadOnlySpan<Entry> Entries => _entries;
    internal double MaxScore { get; }

    /// <summary>The table shipped in the assembly.</summary>
    public static RelatedOccupations LoadDefault()
    {
        using var stream = typeof(RelatedOccupations).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Missing resource {ResourceName}");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    public static RelatedOccupations Parse(TextReader reader)
    {
        var pairs = new List<RelatedPair>();
        reader.ReadLine(); // header
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            pairs.Add(new RelatedPair(cols[0], cols[1], double.Parse(cols[2], CultureInfo.InvariantCulture)));
        }
        return new RelatedOccupations(pairs);
    }

    /// <summary>Entries that apply to an opening of this code: From is the code or one of its ancestors.</summary>
    internal Entry[] TargetsFor(int openingCode)
    {
        List<Entry>? found = null;
        foreach (var e in _entries)
            if (OccCode.IsPrefixOf(e.From, openingCode)) (found ??= []).Add(e);
        return found is null ? [] : [.. found];
    }
}
