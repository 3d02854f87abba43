using System.Reflection;

namespace Matching.Domain.Occupations;

/// <summary>
/// The KECO 2018 classification at all four levels, with Korean-word search over item names,
/// Worknet 직종 titles and a shipped synonym table. Immutable, so one instance serves all threads.
/// </summary>
public sealed class OccupationCatalog
{
    private const string ResourcePrefix = "Matching.Domain.Data.";

    // Lazy<T> defaults to ExecutionAndPublication: the files are parsed once even under a burst of first requests.
    private static readonly Lazy<OccupationCatalog> s_keco2018 = new(LoadEmbedded);

    private readonly Occupation[] _all;
    private readonly Dictionary<string, int> _indexByCode;
    private readonly int[] _parent;
    private readonly IReadOnlyList<Occupation>[] _children;
    private readonly IReadOnlyList<Occupation>[] _ancestors;
    private readonly OccupationSearchIndex _index;

    private OccupationCatalog(
        List<Occupation> occupations,
        List<(string Code, string Name)> worknet,
        List<(string Term, string Code)> synonyms)
    {
        occupations.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        _all = [.. occupations];
        _indexByCode = new Dictionary<string, int>(_all.Length, StringComparer.Ordinal);
        for (var i = 0; i < _all.Length; i++)
        {
            if (!_indexByCode.TryAdd(_all[i].Code, i))
            {
                throw new InvalidDataException($"KECO code {_all[i].Code} appears twice.");
            }
        }

        _parent = LinkParents(_all, _indexByCode);
        _children = GroupChildren(_all, _parent);
        _ancestors = ChainAncestors(_all, _parent);
        All = Array.AsReadOnly(_all);
        MiddleGroups = Array.AsReadOnly(Array.FindAll(_all, o => o.Level == 2));
        _index = new OccupationSearchIndex(_all, _parent, _indexByCode, worknet, synonyms);
    }

    /// <summary>KECO 2018 with the Worknet 직종 list and synonyms shipped in this assembly.</summary>
    public static OccupationCatalog Keco2018 => s_keco2018.Value;

    /// <summary>Every item, in code order (each item straight after its parent).</summary>
    public IReadOnlyList<Occupation> All { get; }

    /// <summary>The 중분류, in code order: the 직종 rows of the 직종별 동향 tables.</summary>
    public IReadOnlyList<Occupation> MiddleGroups { get; }

    /// <summary>
    /// Builds a catalog from the TSV formats described in Data/keco/SOURCE.md and
    /// Data/occupation-synonyms.tsv. Throws <see cref="InvalidDataException"/> on a broken hierarchy,
    /// a Worknet code whose first four digits are no KECO 세분류, or a synonym for an unknown code.
    /// </summary>
    public static OccupationCatalog Load(TextReader keco, TextReader? worknet = null, TextReader? synonyms = null)
    {
        ArgumentNullException.ThrowIfNull(keco);
        return new OccupationCatalog(
            OccupationTsv.ReadKeco(keco),
            worknet is null ? [] : OccupationTsv.ReadWorknet(worknet),
            synonyms is null ? [] : OccupationTsv.ReadSynonyms(synonyms));
    }

    public Occupation? Find(string code) => _indexByCode.TryGetValue(code, out var i) ? _all[i] : null;

    public bool Exists(string code) => _indexByCode.ContainsKey(code);

    /// <summary>Direct children; empty for a 세분류 or an unknown code.</summary>
    public IReadOnlyList<Occupation> ChildrenOf(string code) =>
        _indexByCode.TryGetValue(code, out var i) ? _children[i] : [];

    /// <summary>The 대분류 first, ending with the item itself; empty for an unknown code.</summary>
    public IReadOnlyList<Occupation> Ancestors(string code) =>
        _indexByCode.TryGetValue(code, out var i) ? _ancestors[i] : [];

    /// <summary>
    /// The level of the deepest item both codes fall under: 4 same 세분류 … 1 same 대분류,
    /// 0 when unrelated or either code is unknown.
    /// </summary>
    public int Proximity(string a, string b)
    {
        if (!_indexByCode.TryGetValue(a, out var x) || !_indexByCode.TryGetValue(b, out var y))
        {
            return 0;
        }

        // Walk the parent links rather than compare prefixes, so the answer follows the data.
        while (_all[x].Level > _all[y].Level)
        {
            x = _parent[x];
        }

        while (_all[y].Level > _all[x].Level)
        {
            y = _parent[y];
        }

        while (x != y && x >= 0 && y >= 0)
        {
            x = _parent[x];
            y = _parent[y];
        }

        return x >= 0 && x == y ? _all[x].Level : 0;
    }

    /// <summary>
    /// KECO items (never Worknet codes) for a typed word, best first. Spaces and punctuation are
    /// ignored; a query of digits matches codes by prefix. With <paramref name="level"/>, only items
    /// of that level come back, including those reached through a matching descendant.
    /// </summary>
    public IReadOnlyList<OccupationMatch> Search(string query, int? level = null, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        if (level is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "KECO levels are 1 to 4.");
        }

        return _index.Search(query, level, limit);
    }

    private static OccupationCatalog LoadEmbedded()
    {
        var assembly = typeof(OccupationCatalog).Assembly;
        using var keco = OpenResource(assembly, "keco2018.tsv");
        using var worknet = OpenResource(assembly, "worknet-occupations.tsv");
        using var synonyms = OpenResource(assembly, "occupation-synonyms.tsv");
        return Load(keco, worknet, synonyms);
    }

    private static StreamReader OpenResource(Assembly assembly, string fileName)
    {
        var stream = assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourcePrefix}{fileName} is missing.");
        return new StreamReader(stream);
    }

    private static int[] LinkParents(Occupation[] all, Dictionary<string, int> indexByCode)
    {
        var parent = new int[all.Length];
        for (var i = 0; i < all.Length; i++)
        {
            var o = all[i];
            if (o.Level is < 1 or > 4 || o.Code.Length != o.Level)
            {
                throw new InvalidDataException($"KECO code {o.Code} does not fit level {o.Level}.");
            }

            if (o.ParentCode is null)
            {
                parent[i] = o.Level == 1 ? -1 : throw new InvalidDataException($"KECO code {o.Code} has no parent.");
            }
            else if (!indexByCode.TryGetValue(o.ParentCode, out parent[i]) || all[parent[i]].Level != o.Level - 1)
            {
                throw new InvalidDataException($"KECO code {o.Code} names parent {o.ParentCode}, which is not one level up.");
            }
        }

        return parent;
    }

    private static IReadOnlyList<Occupation>[] GroupChildren(Occupation[] all, int[] parent)
    {
        var lists = new List<Occupation>[all.Length];
        for (var i = 0; i < all.Length; i++)
        {
            if (parent[i] >= 0)
            {
                (lists[parent[i]] ??= []).Add(all[i]);
            }
        }

        var children = new IReadOnlyList<Occupation>[all.Length];
        for (var i = 0; i < all.Length; i++)
        {
            children[i] = lists[i] is { } list ? list.AsReadOnly() : [];
        }

        return children;
    }

    private static IReadOnlyList<Occupation>[] ChainAncestors(Occupation[] all, int[] parent)
    {
        var ancestors = new IReadOnlyList<Occupation>[all.Length];
        for (var i = 0; i < all.Length; i++)
        {
            var chain = new Occupation[all[i].Level];
            for (var (at, slot) = (i, chain.Length - 1); at >= 0 && slot >= 0; at = parent[at], slot--)
            {
                chain[slot] = all[at];
            }

            ancestors[i] = Array.AsReadOnly(chain);
        }

        return ancestors;
    }
}
