namespace Matching.Domain.Events;

/// <summary>Binary min-heap of (distance, node) for Dijkstra; stale entries are skipped by the caller.</summary>
internal sealed class MinHeap(int capacity)
{
    private (long Key, int Node)[] _items = new (long, int)[Math.Max(capacity, 16)];
    public int Count { get; private set; }

    public void Clear() => Count = 0;

    public void Push(long key, int node)
    {
        if (Count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
        int i = Count++;
        while (i > 0)
        {
            int parent = (i - 1) >> 1;
            if (_items[parent].Key <= key) break;
            _items[i] = _items[parent];
            i = parent;
        }
        _items[i] = (key, node);
    }

    public (long Key, int Node) Pop()
    {
        var top = _items[0];
        var last = _items[--Count];
        int i = 0;
        while (true)
        {
            int child = 2 * i + 1;
            if (child >= Count) break;
            if (child + 1 < Count && _items[child + 1].Key < _items[child].Key) child++;
            if (_items[child].Key >= last.Key) break;
            _items[i] = _items[child];
            i = child;
        }
        if (Count > 0) _items[i] = last;
        return top;
    }
}
