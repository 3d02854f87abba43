namespace Matching.Domain.Events;

/// <summary>
/// Exact maximum-weight bipartite b-matching as a min-cost flow: source → seeker (capacity b; the first unit may
/// cost less) → employer (one unit per pair) → sink (capacity B). Primal–dual: one Dijkstra over reduced costs per
/// phase, then depth-first augmentation along every shortest path it can find, until no path has negative cost.
/// Path costs take few distinct values (integer weights), so phases stay few even when the flow is large.
/// A network can also start from an earlier optimum and its potentials (pricing in new pairs), see the constructor.
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
    private const byte Unvisited = 0, OnStack = 1, Dead = 2;
    private readonly int[] _current;
    private readonly byte[] _mark;
    private readonly MinHeap _heap;
    private readonly int[] _excess, _parentArc;
    private readonly bool _warm;
    private long _reach;

    /// <param name="seekerFirstCost">cost of a seeker's first unit (e.g. −1 to favour seekers with no interview yet); the rest cost 0.</param>
    /// <param name="pairCost">cost of each pair's unit; negative means worth taking.</param>
    /// <param name="chosen">warm start: pairs already matched, optimal with <paramref name="potential"/> over the pairs
    /// that had been in the network (from <see cref="Duals"/>); pairs new to the network are then priced in by
    /// <see cref="Solve"/>.</param>
    public BMatchingFlow(int[] seekerCapacity, int[] employerCapacity, int[] pairSeeker, int[] pairEmployer, long[] pairCost, long seekerFirstCost,
        bool[]? chosen = null, long[]? potential = null)
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
        _current = new int[_nodes];
        _mark = new byte[_nodes];
        _heap = new MinHeap(arcs + 1);
        _excess = new int[_nodes];
        _parentArc = new int[_nodes];
        if (chosen is null || potential is null)
        {
            InitialPotentials(n, m);
            return;
        }
        _warm = true;
        Array.Copy(potential, _potential, _nodes);
        var degree = new int[_nodes];
        for (int k = 0; k < p; k++)
        {
            if (!chosen[k] || _pairArc[k] < 0) continue;
            Push(_pairArc[k], 1);
            degree[1 + pairSeeker[k]]++;
            degree[1 + n + pairEmployer[k]]++;
        }
        // Source arcs fill the first-unit arc first, as a min-cost flow would; sink arcs take each employer's degree.
        for (int a = _start[_source]; a < _start[_source + 1]; a++)
        {
            int take = Math.Min(_cap[a], degree[_to[a]]);
            Push(a, take);
            degree[_to[a]] -= take;
        }
        for (int e = n + 1; e <= n + m; e++)
            for (int a = _start[e]; a < _start[e + 1]; a++)
                if (_to[a] == _sink) Push(a, degree[e]);
    }

    public int Phases { get; private set; }

    /// <summary>Node potentials; after <see cref="Duals"/>, those that warm-start a larger network.</summary>
    public long[] Potential => _potential;

    /// <summary>Runs to optimality; returns, per pair, whether it is in the minimum-cost b-matching.</summary>
    public bool[] Solve(CancellationToken cancellationToken = default)
    {
        if (_warm) PriceInNewArcs(cancellationToken);
        else SuccessiveShortestPaths(cancellationToken);
        var chosen = new bool[_pairArc.Length];
        for (int k = 0; k < chosen.Length; k++) chosen[k] = _pairArc[k] >= 0 && _cap[_pairArc[k]] == 0;
        return chosen;
    }

    private void SuccessiveShortestPaths(CancellationToken cancellationToken)
    {
        while (ShortestPaths())
        {
            cancellationToken.ThrowIfCancellationRequested();
            Phases++;
            // Every admissible (zero reduced cost) path now has the shortest length, which is negative.
            Array.Copy(_start, _current, _nodes);
            Array.Fill(_mark, Unvisited);
            while (Augment(_source, int.MaxValue) > 0) { }
        }
    }

    private void Push(int arc, int amount)
    {
        _cap[arc] -= amount;
        _cap[_rev[arc]] += amount;
    }

    private const int ViaBypassFromSource = -2, ViaBypassFromSink = -3;

    /// <summary>
    /// Warm start: the flow was optimal before the new arcs, and the potentials prove it for the old ones. Each new
    /// arc of negative reduced cost is saturated, leaving a unit of excess at its employer and a deficit at its
    /// seeker; each excess then travels by a shortest path to the nearest deficit (multi-source Dijkstra), the
    /// source and sink joined by a free bypass both ways, since the amount of flow is not fixed. Afterwards the
    /// flow is a min-cost circulation again: optimal over all arcs in the network.
    /// </summary>
    private void PriceInNewArcs(CancellationToken cancellationToken)
    {
        int open = 0;
        for (int u = 1; u < _sink; u++)
            for (int a = _start[u]; a < _start[u + 1]; a++)
            {
                if (_cap[a] == 0 || _cost[a] + _potential[u] - _potential[_to[a]] >= 0) continue;
                Push(a, _cap[a]);
                _excess[_to[a]]++;
                _excess[u]--;
                open++;
            }
        for (; open > 0; open--)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Array.Fill(_dist, Infinity);
            _heap.Clear();
            for (int v = 0; v < _nodes; v++)
                if (_excess[v] > 0) { _dist[v] = 0; _parentArc[v] = -1; _heap.Push(0, v); }
            int target = -1;
            while (_heap.Count > 0)
            {
                var (d, u) = _heap.Pop();
                if (d > _dist[u]) continue;
                if (_excess[u] < 0) { target = u; break; }
                long pu = _potential[u] + d;
                for (int a = _start[u], end = _start[u + 1]; a < end; a++)
                {
                    if (_cap[a] == 0) continue;
                    int v = _to[a];
                    long nd = pu + _cost[a] - _potential[v];
                    if (nd < _dist[v]) { _dist[v] = nd; _parentArc[v] = a; _heap.Push(nd, v); }
                }
                if (u == _source || u == _sink)
                {
                    int v = u == _source ? _sink : _source;
                    long nd = pu - _potential[v];
                    if (nd < _dist[v]) { _dist[v] = nd; _parentArc[v] = u == _source ? ViaBypassFromSource : ViaBypassFromSink; _heap.Push(nd, v); }
                }
            }
            if (target < 0) throw new InvalidOperationException("Unbalanced flow without a path; potentials were not optimal.");
            long reach = _dist[target];
            for (int v = 0; v < _nodes; v++) _potential[v] += Math.Min(_dist[v], reach);
            int x = target;
            while (_parentArc[x] != -1)
            {
                int a = _parentArc[x];
                if (a == ViaBypassFromSource) x = _source;
                else if (a == ViaBypassFromSink) x = _sink;
                else { Push(a, 1); x = _to[_rev[a]]; }
            }
            _excess[x]--;
            _excess[target]++;
        }
    }

    /// <summary>
    /// LP dual of the solved b-matching (call after <see cref="Solve"/>): a price y per seeker and z ≥ 0 per
    /// employer, complementary to the flow, so the dual objective (<see cref="TimetableSolver"/>'s bound) equals
    /// the matching's value. A pair left out of the network with weight above y + z could improve the matching;
    /// if none has, the matching is optimal over all pairs. Prices come from potentials with equal source and sink
    /// values: the optimum may also send no more flow, i.e. a zero-cost bypass arc source ⇄ sink, which the last
    /// shortest-path run did not model.
    /// </summary>
    public (long[] Seeker, long[] Employer) Duals(int n, int m)
    {
        long delta = _potential[_sink] - _potential[_source];
        long shift = Math.Max(0, delta); // makes the bypass's reduced cost, −delta, non-negative with the source's other arcs
        Array.Fill(_dist, Infinity);
        _heap.Clear();
        _dist[_source] = 0;
        _heap.Push(0, _source);
        _dist[_sink] = shift - delta;
        _heap.Push(_dist[_sink], _sink);
        while (_heap.Count > 0)
        {
            var (d, u) = _heap.Pop();
            if (d > _dist[u]) continue;
            long pu = _potential[u] + d + (u == _source ? shift : 0);
            for (int a = _start[u], end = _start[u + 1]; a < end; a++)
            {
                if (_cap[a] == 0 || _to[a] == _source) continue;
                int v = _to[a];
                long nd = pu + _cost[a] - _potential[v];
                if (nd < _dist[v])
                {
                    _dist[v] = nd;
                    _heap.Push(nd, v);
                }
            }
        }
        // Nodes out of reach get the largest shift, so arcs from them (into the source too) stay non-negative.
        long farthest = shift;
        foreach (long d in _dist)
            if (d < Infinity) farthest = Math.Max(farthest, d);
        var potential = _potential;
        for (int v = 0; v < _nodes; v++)
            if (v != _source) potential[v] += (_dist[v] < Infinity ? _dist[v] : farthest) - shift;

        long level = potential[_source]; // == potential[_sink]
        var y = new long[n];
        for (int s = 0; s < n; s++) y[s] = potential[1 + s] - level;
        var z = new long[m];
        for (int e = 0; e < m; e++) z[e] = Math.Max(0, level - potential[1 + n + e]);
        return (y, z);
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

    /// <summary>
    /// Dijkstra on reduced costs between source and sink; false when no path of negative cost is left. It runs
    /// from whichever end has fewer open arcs (seekers with interviews to spare, or employers with places left):
    /// every open one sits at distance zero and would be visited, so starting from the scarce side keeps the
    /// search small. Afterwards only nodes within the found distance (<see cref="_reach"/>) can lie on a
    /// shortest path.
    /// </summary>
    private bool ShortestPaths()
    {
        int openSource = 0, openSink = 0;
        for (int a = _start[_source]; a < _start[_source + 1]; a++) if (_cap[a] > 0) openSource++;
        for (int a = _start[_sink]; a < _start[_sink + 1]; a++) if (_cap[_rev[a]] > 0) openSink++;
        bool backward = openSink < openSource;
        int origin = backward ? _sink : _source, goal = backward ? _source : _sink;

        Array.Fill(_dist, Infinity);
        _heap.Clear();
        _dist[origin] = 0;
        _heap.Push(0, origin);
        while (_heap.Count > 0)
        {
            var (d, u) = _heap.Pop();
            if (d > _dist[u]) continue;
            if (u == goal) break;
            for (int a = _start[u], end = _start[u + 1]; a < end; a++)
            {
                // Forward along arc a (u → v), or backward along v → u, which is a's reverse.
                int v = _to[a], arc = backward ? _rev[a] : a;
                if (_cap[arc] == 0) continue;
                long nd = d + _cost[arc] + (backward ? _potential[v] - _potential[u] : _potential[u] - _potential[v]);
                if (nd < _dist[v])
                {
                    _dist[v] = nd;
                    _heap.Push(nd, v);
                }
            }
        }
        _reach = _dist[goal];
        if (_reach >= Infinity) return false;
        if (backward)
            for (int v = 0; v < _nodes; v++) _potential[v] -= Math.Min(_dist[v], _reach);
        else
            for (int v = 0; v < _nodes; v++) _potential[v] += Math.Min(_dist[v], _reach);
        return _potential[_sink] - _potential[_source] < 0;
    }

    private bool Admissible(int u, int a) => _cap[a] > 0 && _cost[a] + _potential[u] - _potential[_to[a]] == 0;

    /// <summary>
    /// Depth-first search for an admissible path among nodes within reach, pushing flow along it.
    /// A node is dead for the rest of the phase once fully searched; skipping nodes on the stack (zero-cost cycles)
    /// may miss a path, which the next phase then finds at the same length. The phase's first search behaves
    /// like plain depth-first reachability, so it always finds the Dijkstra path: every phase augments.
    /// Depth is bounded by the path length: paths alternate seekers and employers, so at most about 2m + 3.
    /// </summary>
    private int Augment(int u, int limit)
    {
        if (u == _sink) return limit;
        _mark[u] = OnStack;
        for (int end = _start[u + 1]; _current[u] < end; _current[u]++)
        {
            int a = _current[u], v = _to[a];
            if (_mark[v] != Unvisited || _dist[v] > _reach || !Admissible(u, a)) continue;
            int pushed = Augment(v, Math.Min(limit, _cap[a]));
            if (pushed == 0) continue;
            _cap[a] -= pushed;
            _cap[_rev[a]] += pushed;
            _mark[u] = Unvisited;
            return pushed;
        }
        _mark[u] = Dead;
        return 0;
    }
}
