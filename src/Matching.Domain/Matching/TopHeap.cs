namespace Matching.Domain.Matching;

/// <summary>Fixed-size heap keeping the best N by (tier, score, id); the root is the worst kept entry.</summary>
internal struct TopHeap
{
    private readonly Entry[] _items;
    private int _count;

    public readonly record struct Entry(int Tier, double Score, Guid Id, int Slot);

    public TopHeap(int capacity) => _items = new Entry[capacity];

    public readonly int Count => _count;
    public readonly bool Full => _count == _items.Length;
    public readonly Entry Worst => _items[0];

    /// <summary>True when every kept entry is unwidened and beats <paramref name="bound"/>, so nothing scoring at most the bound can enter.</summary>
    public readonly bool Excludes(double bound) => _count == _items.Length && _count > 0 && _items[0].Tier == 0 && _items[0].Score > bound;

    public readonly bool FullOfUnwidened => _count == _items.Length && _count > 0 && _items[0].Tier == 0;

    private static bool Worse(in Entry a, in Entry b) =>
        PairScorer.Compare(a.Tier, a.Score, a.Id, b.Tier, b.Score, b.Id) > 0;

    public void Offer(int tier, double score, Guid id, int slot)
    {
        if (_items.Length == 0) return;
        var e = new Entry(tier, score, id, slot);
        if (_count < _items.Length)
        {
            int i = _count++;
            while (i > 0)
            {
                int parent = (i - 1) >> 1;
                if (!Worse(e, _items[parent])) break;
                _items[i] = _items[parent];
                i = parent;
            }
            _items[i] = e;
            return;
        }
        if (!Worse(_items[0], e)) return;
        int j = 0;
        while (true)
        {
            int l = 2 * j + 1;
            if (l >= _count) break;
            int r = l + 1;
            int w = r < _count && Worse(_items[r], _items[l]) ? r : l;
            if (!Worse(_items[w], e)) break;
            _items[j] = _items[w];
            j = w;
        }
        _items[j] = e;
    }

    /// <summary>Kept entries, best first.</summary>
    public readonly Entry[] Sorted()
    {
        var result = _items.AsSpan(0, _count).ToArray();
        Array.Sort(result, (a, b) => PairScorer.Compare(a.Tier, a.Score, a.Id, b.Tier, b.Score, b.Id));
        return result;
    }
}
