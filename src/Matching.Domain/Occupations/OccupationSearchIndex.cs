using System.Buffers;
using System.Text;

namespace Matching.Domain.Occupations;

/// <summary>
/// Every searchable term (KECO names, Worknet titles, synonyms), folded and joined into one string
/// so a query is a handful of vectorised IndexOf calls instead of one call per term.
/// </summary>
internal sealed class OccupationSearchIndex
{
    // Tiers sit 0.2 apart and the adjustments below add up to less than that, so an adjustment
    // reorders hits within a tier but never lifts a weaker kind of match over a stronger one.
    private const double Exact = 1.0;
    private const double Prefix = 0.8;
    private const double WordPrefix = 0.6;
    private const double Contains = 0.4;
    internal const double PerLevelAbove = 0.03;
    private const double WorknetTitle = 0.05;
    private const double SynonymRank = 0.01;
    private const int MaxSynonymRank = 4;
    private const double Coverage = 0.02;

    // Any character the folding drops can separate terms: a folded query never contains one.
    private const char Separator = ' ';
    private const int StackQueryLimit = 128;

    private readonly Occupation[] _occupations;
    private readonly int[] _parent;
    private readonly OccupationTerm[] _terms;
    private readonly string _text;
    private readonly int[] _termAt;
    private readonly bool[] _wordStart;

    public OccupationSearchIndex(
        Occupation[] occupations,
        int[] parent,
        Dictionary<string, int> indexByCode,
        List<(string Code, string Name)> worknet,
        List<(string Term, string Code)> synonyms)
    {
        _occupations = occupations;
        _parent = parent;

        var builder = new Builder();
        for (var i = 0; i < occupations.Length; i++)
        {
            var o = occupations[i];
            builder.Add(o.Name, i, LevelAdjustment(o.Level), display: null);
        }

        foreach (var (code, name) in worknet)
        {
            // The first four digits of a 직종 code are its KECO 세분류; XXXX00 is the 세분류 itself.
            if (!indexByCode.TryGetValue(code[..4], out var i) || occupations[i].Level != 4)
            {
                throw new InvalidDataException($"Worknet code {code} does not start with a KECO 세분류 code.");
            }

            // Most XXXX00 titles repeat the KECO name; a second copy would only add a weaker hit.
            if (OccupationText.Normalise(name) != OccupationText.Normalise(occupations[i].Name))
            {
                builder.Add(name, i, LevelAdjustment(4) - WorknetTitle, display: name);
            }
        }

        var rankOfTerm = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (term, code) in synonyms)
        {
            if (!indexByCode.TryGetValue(code, out var i))
            {
                throw new InvalidDataException($"Synonym '{term}' points at unknown KECO code {code}.");
            }

            // A term listed for several codes ranks them in file order: the first is the usual meaning.
            var folded = OccupationText.Normalise(term);
            var rank = rankOfTerm.GetValueOrDefault(folded);
            rankOfTerm[folded] = rank + 1;
            builder.Add(term, i, LevelAdjustment(occupations[i].Level) - SynonymRank * Math.Min(rank, MaxSynonymRank), display: term);
        }

        (_terms, _text, _termAt, _wordStart) = builder.Build();
    }

    public List<OccupationMatch> Search(string query, int? level, int limit)
    {
        Span<char> buffer = query.Length <= StackQueryLimit ? stackalloc char[query.Length] : new char[query.Length];
        ReadOnlySpan<char> q = buffer[..OccupationText.Normalise(query, buffer)];
        if (q.IsEmpty)
        {
            return [];
        }

        var n = _occupations.Length;
        var best = ArrayPool<double>.Shared.Rent(n);
        var via = ArrayPool<int>.Shared.Rent(n);
        var hits = ArrayPool<int>.Shared.Rent(n);
        try
        {
            Array.Clear(best, 0, n);
            var ranking = new OccupationRanking(best, via, hits, _occupations, _parent, level);
            if (IsAsciiDigits(q))
            {
                MatchCodes(q, ref ranking);
            }
            else
            {
                MatchTerms(q, ref ranking);
            }

            return ranking.Top(limit, _terms);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(hits);
            ArrayPool<int>.Shared.Return(via);
            ArrayPool<double>.Shared.Return(best);
        }
    }

    private void MatchTerms(ReadOnlySpan<char> q, ref OccupationRanking ranking)
    {
        var text = _text.AsSpan();
        var from = 0;
        while (from < text.Length)
        {
            var found = text[from..].IndexOf(q);
            if (found < 0)
            {
                break;
            }

            var at = from + found;
            var t = _termAt[at];
            ref readonly var term = ref _terms[t];
            var offset = at - term.Start;
            var tier = offset == 0 ? (q.Length == term.Length ? Exact : Prefix) : _wordStart[at] ? WordPrefix : Contains;
            ranking.Offer(term.Occupation, tier + term.Adjustment + Coverage * q.Length / term.Length, t);

            // A later occurrence in the same term can only be a weaker kind of match than a prefix.
            from = tier >= Prefix ? term.Start + term.Length : at + 1;
        }
    }

    private void MatchCodes(ReadOnlySpan<char> q, ref OccupationRanking ranking)
    {
        for (var i = 0; i < _occupations.Length; i++)
        {
            var code = _occupations[i].Code;
            if (code.AsSpan().StartsWith(q))
            {
                // Someone typing a code wants the code list: the exact item, then the rest in code order.
                ranking.Offer(i, code.Length == q.Length ? Exact : Prefix - 1e-6 * i, term: -1);
            }
        }
    }

    private static double LevelAdjustment(int level) => -PerLevelAbove * (4 - level);

    private static bool IsAsciiDigits(ReadOnlySpan<char> s) => !s.ContainsAnyExceptInRange('0', '9');

    private sealed class Builder
    {
        private readonly List<OccupationTerm> _terms = [];
        private readonly StringBuilder _text = new();
        private readonly List<int> _termAt = [];
        private readonly List<bool> _wordStart = [];

        public void Add(string raw, int occupation, double adjustment, string? display)
        {
            var start = _text.Length;
            var boundary = true;
            foreach (var c in raw)
            {
                if (!OccupationText.IsKept(c))
                {
                    boundary = true;
                    continue;
                }

                _text.Append(OccupationText.Fold(c));
                _termAt.Add(_terms.Count);
                _wordStart.Add(boundary);
                boundary = false;
            }

            var length = _text.Length - start;
            if (length == 0)
            {
                return;
            }

            _terms.Add(new OccupationTerm(start, length, occupation, adjustment, display));
            _text.Append(Separator);
            _termAt.Add(-1);
            _wordStart.Add(false);
        }

        public (OccupationTerm[], string, int[], bool[]) Build() => ([.. _terms], _text.ToString(), [.. _termAt], [.. _wordStart]);
    }
}
