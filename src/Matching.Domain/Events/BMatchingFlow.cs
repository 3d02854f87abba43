namespace Matching.Domain.Events;

/// <summary>
/// Exact maximum-weight bipartite b-matching as a min-cost flow: source → seeker (capacity b) → employer (one unit
/// per pair) → sink (capacity B). Primal–dual: one Dijkstra over reduced costs per phase, then a blocking flow
/// over every shortest path of that length, until no path has negative cost. Path costs take few distinct values
/// (integer weights), so phases stay few even when the flow is large.
/// </summary>
internal sealed class BMatchingFlow
{
    private const long Infinity = long.MaxValue / 4;

    private readonly int _nodes, _source, _sink;
    private readonly int[] _start;            // CSR: arcs of node v are _start[v] .. _start[v + 1] - 1
    private readonly int[] _to, _rev, _cap;
    private readonly long[] _cost;
    private readonly int[] _pairArc;          // forward arc of each seeker–employer pair
    private readonly long[] _potential, _dist;
    private readonly int[] _level, _current, _queue;
    private readonly MinHeap _heap;

    /// <param name="seekerFirstCost">cost of a seeker's first unit (e.g. −1 to favour seekers with no interview yet); the rest cost 0.</param>
    /// <param name="pairCost">cost of each pair's unit; negative means worth taking.</param>
    public BMatchingFlow(int[] seekerCapacity, int[] employerCapacity, int[] pairSeeker, int[] pairEmployer, long[] pairCost, long seekerFirstCost)
    {
        int n = seekerCapacity.Length, m = employerCapacity.Length, p = pairSeeker.Length;
        _nodes = n + m + 2;
        _source = 0;
        _sink = n + m + 1;

        // Arcs in construction order, each followed by its reverse; then laid out per node.
        var from = new List<int>(2 * (2 * n + p + m));
        var to = new List<int>(from.Capacity);
        var cap = new List<int>(from.Capacity);
        var cost = new List<long>(from.Capacity);
        void Add(int u, int v, int c, long w)
        {
            from.Add(u); to.Add(v); cap.Add(c); cost.Add(w);
            from.Add(v); to.Add(u); cap.Add(0); cost.Add(-w);
        }
        for (int s = 0; s < n; s++)
        {
            if (seekerCapacity[s] <= 0) continue;
            Add(_source, 1 + s, 1, seekerFirstCost);
            if (seekerCapacity[s] > 1) Add(_source, 1 + s, seekerCapacity[s] - 1, 0);
        }
        var pairRaw = new int[p];
        for (int k = 0; k < p; k++)
        {
            pairRaw[k] = -1;
            if (seekerCapacity[pairSeeker[k]] <= 0 || employerCapacity[pairEmployer[k]] <= 0) continue;
            pairRaw[k] = from.Count;
            Add(1 + pairSeeker[k], 1 + n + pairEmployer[k], 1, pairCost[k]);
        }
        for (int e = 0; e < m; e++)
            if (employerCapacity[e] > 0) Add(1 + n + e, _sink, employerCapacity[e], 0);

        int arcs = from.Count;
        _start = new int[_nodes + 1];
        foreach (int u in from) _start[u + 1]++;
        for (int v = 0; v < _nodes; v++) _start[v + 1] += _start[v];
        var fill = _start[..^1].ToArray();
        var position = new int[arcs];
        for (int a = 0; a < arcs; a++) position[a] = fill[from[a]]++;
        _to = new int[arcs]; _rev = new int[arcs]; _cap = new int[arcs]; _cost = new long[arcs];
        for (int a = 0; a < arcs; a++)
        {
            int i = position[a];
            _to[i] = to[a]; _cap[i] = cap[a]; _cost[i] = cost[a];
            _rev[i] = position[a ^ 1];
        }
        _pairArc = new int[p];
        for (int k = 0; k < p; k++) _pairArc[k] = pairRaw[k] < 0 ? -1 : position[pairRaw[k]];

        _potential = new long[_nodes];
        _dist = new long[_nodes];
        _level = new int[_nodes];
        _current = new int[_nodes];
        _queue = new int[_nodes];
        _heap = new MinHeap(arcs + 1);
        InitialPotentials(n, m);
    }

    public int Phases { get; private set; }

    /// <summary>Runs to optimality; returns, per pair, whether it is in the minimum-cost b-matching.</summary>
    public bool[] Solve(CancellationToken cancellationToken = default)
    {
        while (ShortestPaths())
        {
            cancellationToken.ThrowIfCancellationRequested();
            Phases++;
            // Every admissible (zero reduced cost) path now has the shortest length, which is negative.
            while (LevelAdmissible())
            {
                Array.Copy(_start, _current, _nodes);
                while (Augment(_source, int.MaxValue) > 0) { }
            }
        }
        var chosen = new bool[_pairArc.Length];
        for (int k = 0; k < chosen.Length; k++) chosen[k] = _pairArc[k] >= 0 && _cap[_pairArc[k]] == 0;
        return chosen;
    }

    // The network before any flow is acyclic, so exact distances come from one pass in topological order.
    private void InitialPotentials(int n, int m)
    {
        Array.Fill(_potential, 0);
        for (int a = _start[_source]; a < _start[_source + 1]; a++)
            _potential[_to[a]] = Math.Min(_potential[_to[a]], _cost[a]);
        for (int u = 1; u <= n; u++)
            for (int a = _start[u]; a < _start[u + 1]; a++)
                if (_cap[a] > 0) _potential[_to[a]] = Math.Min(_potential[_to[a]], _potential[u] + _cost[a]);
        for (int e = n + 1; e <= n + m; e++)
            _potential[_sink] = Math.Min(_potential[_sink], _potential[e]);
    }

    /// <summary>Dijkstra on reduced costs, stopped at the sink; false when no path of negative cost is left.</summary>
    private bool ShortestPaths()
    {
        Array.Fill(_dist, Infinity);
        _heap.Clear();
        _dist[_source] = 0;
        _heap.Push(0, _source);
        while (_heap.Count > 0)
        {
            var (d, u) = _heap.Pop();
            if (d > _dist[u]) continue;
            if (u == _sink) break;
            long pu = _potential[u] + d;
            for (int a = _start[u], end = _start[u + 1]; a < end; a++)
            {
                if (_cap[a] == 0) continue;
                int v = _to[a];
                long nd = pu + _cost[a] - _potential[v];
                if (nd < _dist[v])
                {
                    _dist[v] = nd;
                    _heap.Push(nd, v);
                }
            }
        }
        long dt = _dist[_sink];
        if (dt >= Infinity) return false;
        for (int v = 0; v < _nodes; v++) _potential[v] += Math.Min(_dist[v], dt);
        return _potential[_sink] - _potential[_source] < 0;
    }

    private bool Admissible(int u, int a) => _cap[a] > 0 && _cost[a] + _potential[u] - _potential[_to[a]] == 0;

    private bool LevelAdmissible()
    {
        Array.Fill(_level, -1);
        int head = 0, tail = 0;
        _level[_source] = 0;
        _queue[tail++] = _source;
        while (head < tail)
        {
            int u = _queue[head++];
            for (int a = _start[u], end = _start[u + 1]; a < end; a++)
            {
                int v = _to[a];
                if (_level[v] >= 0 || !Admissible(u, a)) continue;
                _level[v] = _level[u] + 1;
                _queue[tail++] = v;
            }
        }
        return _level[_sink] >= 0;
    }

    // Depth is bounded by the level of the sink: paths alternate seekers and employers, so at most ~2m + 3.
    private int Augment(int u, int limit)
    {
        if (u == _sink) return limit;
        for (; _current[u] < _start[u + 1]; _current[u]++)
        {
            int a = _current[u], v = _to[a];
            if (_level[v] != _level[u] + 1 || !Admissible(u, a)) continue;
            int pushed = Augment(v, Math.Min(limit, _cap[a]));
            if (pushed == 0) continue;
            _cap[a] -= pushed;
            _cap[_rev[a]] += pushed;
            return pushed;
        }
        return 0;
    }

    private sealed class MinHeap(int capacity)
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
}
