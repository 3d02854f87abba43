using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Matching.Domain.Matching;

/// <summary>
/// In-process candidate index: compiled profiles in struct arrays; one posting list per exact KECO code
/// (with a directory of the codes under each 대/중/소분류 prefix), each split by map cell; a query scans the
/// lists that can relate to its subject in falling order of their best occupation score and skips lists,
/// cells and postings that cannot enter the top N. The ranking is exactly <see cref="MatchRanker"/>'s.
/// Safe for concurrent queries with occasional writes (a reader-writer lock; <see cref="Rebuild"/> swaps in a new state).
/// </summary>
public sealed partial class EmbeddedCandidateIndex : ICandidateIndex
{
    private const int AnyKey = int.MinValue; // seekers who accept any occupation
    private const int AllKey = int.MinValue + 1; // every opening

    private readonly ScoringOptions _options;
    private readonly RelatedOccupations _related;
    private readonly CommuteBusRoutes _routes;
    private readonly IOccupationNames _names;
    private readonly ReaderWriterLockSlim _lock = new();
    private State _state;

    [ThreadStatic] private static int[]? t_stamps;
    [ThreadStatic] private static int t_stamp;

    /// <summary>Diagnostics of the calling thread's last query: candidates scored and posting lists skipped by the bound.</summary>
    [ThreadStatic] internal static int t_scored;
    [ThreadStatic] internal static int t_skipped;
    [ThreadStatic] internal static int t_scanned;
    [ThreadStatic] internal static int t_lists;
    [ThreadStatic] internal static int t_cells;

    public EmbeddedCandidateIndex(ScoringOptions options, RelatedOccupations related, CommuteBusRoutes routes, IOccupationNames? names = null)
    {
        _options = options;
        _related = related;
        _routes = routes;
        _names = names ?? OccupationNames.None;
        _state = new State(new FeatureSpace(options, related, routes), 0, 0);
    }

    private sealed class State(FeatureSpace fs, int seekerCapacity, int openingCapacity)
    {
        public readonly FeatureSpace Fs = fs;
        public SeekerFeatures[] Seekers = new SeekerFeatures[Math.Max(16, seekerCapacity)];
        public OpeningFeatures[] Openings = new OpeningFeatures[Math.Max(16, openingCapacity)];
        public int SeekerHigh, OpeningHigh;
        public readonly Stack<int> FreeSeekers = new(), FreeOpenings = new();
        public readonly Dictionary<Guid, int> SeekerSlots = new(seekerCapacity), OpeningSlots = new(openingCapacity);
        // One list per exact code (a wish, or an opening's occupation), and the codes present under each shorter prefix.
        public readonly Dictionary<int, GridList<SeekerPosting>> SeekerLists = [];
        public readonly Dictionary<int, GridList<OpeningPosting>> OpeningLists = [];
        public readonly Dictionary<int, List<int>> SeekerCodesUnder = [], OpeningCodesUnder = [];
        /// <summary>Drawn from the seekers at the build; the rank each seeker posting carries.</summary>
        public IdRanks SeekerIdRanks = IdRanks.None;
    }

    public int SeekerCount { get { _lock.EnterReadLock(); try { return _state.SeekerSlots.Count; } finally { _lock.ExitReadLock(); } } }
    public int OpeningCount { get { _lock.EnterReadLock(); try { return _state.OpeningSlots.Count; } finally { _lock.ExitReadLock(); } } }

    /// <summary>Diagnostics: postings held (seekers, openings).</summary>
    internal (long Seekers, long Openings) PostingCounts()
    {
        _lock.EnterReadLock();
        try
        {
            long s = 0, o = 0;
            foreach (var g in _state.SeekerLists.Values) foreach (var c in g.Cells) s += c.List.Count;
            foreach (var g in _state.OpeningLists.Values) foreach (var c in g.Cells) o += c.List.Count;
            return (s, o);
        }
        finally { _lock.ExitReadLock(); }
    }

    /// <summary>
    /// Diagnostics: bytes the index holds for its seekers and for its openings: compiled profiles, id tables, posting
    /// lists with their cells and the feature pools, counted from array capacities (object headers estimated).
    /// </summary>
    internal (long Seekers, long Openings) Footprint()
    {
        _lock.EnterReadLock();
        try
        {
            var st = _state;
            const int ObjectBytes = 24, CellBytes = 3 * ObjectBytes + 48; // a cell, its list and array, its directory entry; then its segment ends and radii
            const int SlotEntryBytes = 32; // Dictionary<Guid, int>: 28-byte entry and a 4-byte bucket
            static long Lists<T>(Dictionary<int, GridList<T>> lists) where T : struct, IPosting
            {
                long bytes = 0;
                foreach (var g in lists.Values)
                    foreach (var c in g.Cells) bytes += CellBytes + 2 * (ObjectBytes + 4 * T.Segments) + (long)c.List.Capacity * Unsafe.SizeOf<T>();
                return bytes;
            }
            long seekers = (long)st.Seekers.Length * Unsafe.SizeOf<SeekerFeatures>() + (long)st.SeekerSlots.EnsureCapacity(0) * SlotEntryBytes
                + Lists(st.SeekerLists) + 4L * st.Fs.SeekerPool.Length;
            long openings = (long)st.Openings.Length * Unsafe.SizeOf<OpeningFeatures>() + (long)st.OpeningSlots.EnsureCapacity(0) * SlotEntryBytes
                + Lists(st.OpeningLists) + 4L * st.Fs.OpeningPool.Length;
            return (seekers, openings);
        }
        finally { _lock.ExitReadLock(); }
    }

    /// <summary>Diagnostics: the compiled profiles, pools, lists, cells and postings as laid out, in order (compared in tests).</summary>
    internal List<string> Layout()
    {
        _lock.EnterReadLock();
        try
        {
            var st = _state;
            var lines = new List<string>
            {
                $"ranks {string.Join(",", st.Seekers.Take(st.SeekerHigh).Select(f => st.SeekerIdRanks.Rank(f.Id)))}",
                $"seekers {Convert.ToHexString(MemoryMarshal.AsBytes(st.Seekers.AsSpan(0, st.SeekerHigh)))}",
                $"seeker pool {st.Fs.SeekerPool.Length} {st.Fs.SeekerPoolDead} {string.Join(",", st.Fs.SeekerPool.Take(st.Fs.SeekerPoolCount))}",
                $"openings {Convert.ToHexString(MemoryMarshal.AsBytes(st.Openings.AsSpan(0, st.OpeningHigh)))}",
                $"opening pool {string.Join(",", st.Fs.OpeningPool.Take(st.Fs.OpeningPoolCount))}",
            };
            static void Lists<T>(List<string> lines, Dictionary<int, GridList<T>> lists, Dictionary<int, List<int>> codesUnder) where T : struct, IPosting
            {
                foreach (var (prefix, codes) in codesUnder) lines.Add($"under {prefix}: {string.Join(",", codes)}");
                foreach (var (key, grid) in lists)
                    foreach (var c in grid.Cells)
                        lines.Add($"{key} {c.MinLat},{c.MinLon},{c.Anywhere} reach {c.MaxRadiusKm} {string.Join(",", c.SegmentRadiusKm)} " +
                            $"segments {string.Join(",", Enumerable.Range(0, c.List.Segments).Select(k => c.List.Segment(k).Length))} capacity {c.List.Capacity} " +
                            Convert.ToHexString(MemoryMarshal.AsBytes(c.List.Items)));
            }
            Lists(lines, st.SeekerLists, st.SeekerCodesUnder);
            Lists(lines, st.OpeningLists, st.OpeningCodesUnder);
            return lines;
        }
        finally { _lock.ExitReadLock(); }
    }

    public void Rebuild(IEnumerable<SeekerProfile> seekers, IEnumerable<OpeningProfile> openings) => Rebuild(seekers, openings, threads: null);

    /// <param name="threads">Threads to compile and post with; by default one per core, given enough profiles.</param>
    /// <param name="batch">Seekers compiled at a time, split over the threads.</param>
    internal void Rebuild(IEnumerable<SeekerProfile> seekers, IEnumerable<OpeningProfile> openings, int? threads, int batch = 1 << 16)
    {
        var state = new State(new FeatureSpace(_options, _related, _routes),
            seekers.TryGetNonEnumeratedCount(out int sc) ? sc : 0, openings.TryGetNonEnumeratedCount(out int oc) ? oc : 0);
        CompileSeekers(state, seekers, threads, batch);
        foreach (var o in openings) UpsertOpening(state, o, post: false);
        state.SeekerIdRanks = IdRanks.Sample(state.Seekers.AsSpan(0, state.SeekerHigh));
        PostAll(state.SeekerHigh, state.SeekerLists, state.SeekerCodesUnder, new SeekerPoster(state), threads);
        PostAll(state.OpeningHigh, state.OpeningLists, state.OpeningCodesUnder, new OpeningPoster(state), threads);
        _lock.EnterWriteLock();
        try { _state = state; }
        finally { _lock.ExitWriteLock(); }
    }

    public void Upsert(SeekerProfile seeker)
    {
        _lock.EnterWriteLock();
        try { UpsertSeeker(_state, seeker); }
        finally { _lock.ExitWriteLock(); }
        CompactIfDue();
    }

    public void Upsert(OpeningProfile opening)
    {
        _lock.EnterWriteLock();
        try { UpsertOpening(_state, opening); }
        finally { _lock.ExitWriteLock(); }
        CompactIfDue();
    }

    public bool RemoveSeeker(Guid seekerId)
    {
        _lock.EnterWriteLock();
        try
        {
            var st = _state;
            if (!st.SeekerSlots.Remove(seekerId, out int slot)) return false;
            Unpost(st.SeekerLists, new SeekerPoster(st), slot);
            st.Fs.SeekerPoolDead += FeatureSpace.PoolLength(st.Seekers[slot]);
            st.Seekers[slot] = default;
            st.FreeSeekers.Push(slot);
        }
        finally { _lock.ExitWriteLock(); }
        CompactIfDue();
        return true;
    }

    public bool RemoveOpening(Guid openingId)
    {
        _lock.EnterWriteLock();
        try
        {
            var st = _state;
            if (!st.OpeningSlots.Remove(openingId, out int slot)) return false;
            Unpost(st.OpeningLists, new OpeningPoster(st), slot);
            st.Fs.OpeningPoolDead += FeatureSpace.PoolLength(st.Openings[slot]);
            st.Openings[slot] = default;
            st.FreeOpenings.Push(slot);
        }
        finally { _lock.ExitWriteLock(); }
        CompactIfDue();
        return true;
    }

    // ---- writes ----

    private static void UpsertSeeker(State st, SeekerProfile profile) => PutSeeker(st, profile.Id, st.Fs.Compile(profile), post: true);

    /// <summary>Puts a compiled seeker in the slot of its id, or in a new one; its pool entries are already appended.</summary>
    private static void PutSeeker(State st, Guid id, in SeekerFeatures f, bool post)
    {
        ref int slot = ref CollectionsMarshal.GetValueRefOrAddDefault(st.SeekerSlots, id, out bool known);
        if (known)
        {
            if (post) Unpost(st.SeekerLists, new SeekerPoster(st), slot);
            st.Fs.SeekerPoolDead += FeatureSpace.PoolLength(st.Seekers[slot]);
        }
        else if (!st.FreeSeekers.TryPop(out slot))
        {
            if (st.SeekerHigh == st.Seekers.Length) Array.Resize(ref st.Seekers, st.Seekers.Length * 2);
            slot = st.SeekerHigh++;
        }
        st.Seekers[slot] = f;
        if (post) Post(st.SeekerLists, st.SeekerCodesUnder, new SeekerPoster(st), slot);
    }

    /// <summary>
    /// Widened commute radius; infinite without a place. A seeker who may ride a commute bus keeps it too: only an
    /// opening in a park exempts the pair from distance, and the scan knows which openings are.
    /// </summary>
    private static float SeekerRadius(State st, in SeekerFeatures f) =>
        float.IsNaN(f.Lat)
            ? float.PositiveInfinity
            : (float)(f.MaxCommuteMinutes * st.Fs.Options.CommuteWideningFactor * st.Fs.KmPerMinute);

    private static void UpsertOpening(State st, OpeningProfile profile, bool post = true)
    {
        if (st.OpeningSlots.TryGetValue(profile.Id, out int slot))
        {
            if (post) Unpost(st.OpeningLists, new OpeningPoster(st), slot);
            st.Fs.OpeningPoolDead += FeatureSpace.PoolLength(st.Openings[slot]);
        }
        else
        {
            if (!st.FreeOpenings.TryPop(out slot))
            {
                if (st.OpeningHigh == st.Openings.Length) Array.Resize(ref st.Openings, st.Openings.Length * 2);
                slot = st.OpeningHigh++;
            }
            st.OpeningSlots.Add(profile.Id, slot);
        }
        st.Openings[slot] = st.Fs.Compile(profile);
        if (post) Post(st.OpeningLists, st.OpeningCodesUnder, new OpeningPoster(st), slot);
    }

    /// <summary>A seeker is posted once per wish (its exact code) and in the any-occupation list.</summary>
    private static int SeekerKeys(in SeekerFeatures f, Span<int> keys)
    {
        int n = 0;
        for (int i = 0; i < f.OccCount; i++) keys[n++] = i == 0 ? f.Occ0 : i == 1 ? f.Occ1 : f.Occ2; // wishes are distinct
        if (f.AcceptsAny) keys[n++] = AnyKey;
        return n;
    }

    private static int OpeningKeys(in OpeningFeatures f, Span<int> keys)
    {
        int n = 0;
        keys[n++] = AllKey;
        if (f.Occ != OccCode.None) keys[n++] = f.Occ;
        return n;
    }

    private static GridList<T> List<T>(Dictionary<int, GridList<T>> lists, Dictionary<int, List<int>> codesUnder, int key) where T : struct, IPosting
    {
        if (lists.TryGetValue(key, out var list)) return list;
        lists.Add(key, list = new GridList<T>());
        if (key >= 0)
            for (int k = 1; k < OccCode.Length(key); k++)
            {
                int prefix = OccCode.Prefix(key, k);
                if (!codesUnder.TryGetValue(prefix, out var codes)) codesUnder.Add(prefix, codes = []);
                codes.Add(key);
            }
        return list;
    }

    private static List<int>? CodesUnder(Dictionary<int, List<int>> codesUnder, int prefix) =>
        OccCode.Length(prefix) < 4 && codesUnder.TryGetValue(prefix, out var codes) ? codes : null;

    // Seekers who may reach an opening by commute bus are exempt from distance, so they go in the always-scanned cell.
    private static int SeekerCell(in SeekerFeatures f) => f.ParkMask != 0 ? GridList<SeekerPosting>.Anywhere : GridList<SeekerPosting>.CellOf(f.Lat, f.Lon);

    private static int SeekerSegment(in SeekerFeatures f) =>
        GridList<SeekerPosting>.SubCellOf(f.Lat, f.Lon) * GridList<SeekerPosting>.CommuteClasses + GridList<SeekerPosting>.CommuteClass(f.MaxCommuteMinutes);

    private static int OpeningCell(in OpeningFeatures f) => f.ParkBit != 0 ? GridList<OpeningPosting>.Anywhere : GridList<OpeningPosting>.CellOf(f.Lat, f.Lon);

    [ThreadStatic] private static double[]? t_cellKeys;
    [ThreadStatic] private static int[]? t_cellOrder;

    /// <summary>
    /// Cells of a grid list that a point may reach and that may still beat <paramref name="worst"/> (NaN while the top N
    /// is not full of unwidened entries), nearest first (thread-local buffers, no allocation). Leaving out the hopeless
    /// cells before sorting matters: a list over the capital region holds a few thousand cells. The cell of postings
    /// without a usable place sorts at <paramref name="anywhereKey"/>.
    /// </summary>
    private static int OrderCells<T>(GridList<T> grid, double lat, double lon, double cos, float fixedRadius, in CellBound bound, double worst,
        double anywhereKey, out double[] keys, out int[] order)
        where T : struct, IPosting
    {
        var cells = grid.Cells;
        if (t_cellKeys is null || t_cellKeys.Length < cells.Count)
        {
            t_cellKeys = new double[Math.Max(64, cells.Count * 2)];
            t_cellOrder = new int[t_cellKeys.Length];
        }
        keys = t_cellKeys;
        order = t_cellOrder!;
        int n = 0;
        bool unknownPlace = double.IsNaN(lat);
        for (int i = 0; i < cells.Count; i++)
        {
            var c = cells[i];
            double d = unknownPlace ? 0 : c.MinKm(lat, lon, cos);
            float radius = float.IsPositiveInfinity(fixedRadius) ? c.MaxRadiusKm : fixedRadius;
            // Most cells of a national list are out of reach: that is known from the cell alone, before its list is read.
            if (!c.Anywhere && (d > radius || bound.Excludes(d, radius, worst)) || c.List.Count == 0) continue;
            keys[n] = c.Anywhere ? anywhereKey : d;
            order[n++] = i;
        }
        Array.Sort(keys, order, 0, n);
        return n;
    }


    /// <summary>Upper bound of any score in a cell: every component but distance at its best for the query, distance from the cell's nearest point.</summary>
    private readonly struct CellBound(FeatureSpace fs, double occupationBound, double rest)
    {
        private readonly double _fixed = fs.Options.OccupationWeight * occupationBound + rest;

        /// <summary>
        /// True when nothing at <paramref name="km"/> or more with this commute radius can enter a top N of unwidened
        /// entries whose worst is <paramref name="worst"/>; never while that top N is not full (NaN), when widened candidates may still enter.
        /// </summary>
        public bool Excludes(double km, double radiusKm, double worst)
        {
            if (double.IsNaN(worst)) return false;
            double r = km * fs.Options.CommuteWideningFactor / radiusKm;
            return r > 1 || (_fixed + fs.Options.DistanceWeight * fs.DistanceScore(r)) * fs.Scale + 1e-6 < worst;
        }
    }

    // ---- queries ----

    private static int NextStamp(int capacity)
    {
        if (t_stamps is null || t_stamps.Length < capacity || t_stamp == int.MaxValue)
        {
            t_stamps = new int[Math.Max(capacity, 1024)];
            t_stamp = 0;
        }
        t_scored = 0;
        t_skipped = 0;
        t_scanned = 0;
        t_lists = 0;
        t_cells = 0;
        return ++t_stamp;
    }

    public IReadOnlyList<ScoredMatch>? TopSeekersForOpening(Guid openingId, int top, DateOnly today)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        _lock.EnterReadLock();
        try
        {
            var st = _state;
            if (!st.OpeningSlots.TryGetValue(openingId, out int slot)) return null;
            ref readonly var o = ref st.Openings[slot];
            if (top == 0 || !o.Active || !o.HasRoom || o.ClosesDay < today.DayNumber) return [];
            var q = new SeekerQuery(st, o, today, top);
            var fs = st.Fs;
            // Lists in falling order of the best occupation score a member can have (1 inside the code, the related
            // table's score, then 소분류, 중분류, 대분류), so good candidates fill the top N early and the bounds bite.
            Span<Group> groups = stackalloc Group[MaxGroups];
            int g = 0;
            if (o.Occ != OccCode.None)
            {
                int len = OccCode.Length(o.Occ);
                // Wishes that contain the opening's code: the code and its ancestors.
                for (int k = 1; k <= len; k++) AddGroup(groups, ref g, OccCode.Prefix(o.Occ, k), 1);
                // Wishes related through the table: the target, its ancestors and everything under it.
                foreach (var r in fs.RelatedSet(o.RelatedSet))
                {
                    for (int k = 1; k <= OccCode.Length(r.To); k++) AddGroup(groups, ref g, OccCode.Prefix(r.To, k), r.Score);
                    if (CodesUnder(st.SeekerCodesUnder, r.To) is { } under)
                        foreach (int c in under) AddGroup(groups, ref g, c, r.Score);
                }
                // Wishes sharing exactly 소분류, 중분류 or 대분류 with the opening.
                for (int k = Math.Min(len, 3); k >= 1; k--)
                    if (CodesUnder(st.SeekerCodesUnder, OccCode.Prefix(o.Occ, k)) is { } under)
                        foreach (int c in under)
                            if (OccCode.CommonDepth(c, o.Occ) == k) AddGroup(groups, ref g, c, fs.LevelScore[k]);
            }
            SortGroups(groups[..g]);
            foreach (var group in groups[..g]) q.Scan(group.Key, group.Bound);
            // Any-occupation seekers not met yet have no occupation score, unless a list above was skipped.
            q.Scan(AnyKey, q.SkippedMax);

            var kept = q.Heap.Sorted();
            var result = new ScoredMatch[kept.Length];
            for (int i = 0; i < kept.Length; i++)
            {
                ref readonly var s = ref st.Seekers[kept[i].Slot];
                PairScorer.Evaluate(fs, s, o, today.DayNumber, today.Year, out var e);
                result[i] = Reasons.ToMatch(fs, _names, s, o, e);
            }
            return result;
        }
        finally { _lock.ExitReadLock(); }
    }

    public IReadOnlyList<ScoredMatch>? TopOpeningsForSeeker(Guid seekerId, int top, DateOnly today)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        _lock.EnterReadLock();
        try
        {
            var st = _state;
            if (!st.SeekerSlots.TryGetValue(seekerId, out int slot)) return null;
            ref readonly var s = ref st.Seekers[slot];
            if (top == 0 || !s.Active || !s.Consent) return [];
            var q = new OpeningQuery(st, s, today, top);
            var fs = st.Fs;
            // Same list order as TopSeekersForOpening.
            Span<Group> groups = stackalloc Group[MaxGroups];
            int g = 0;
            for (int i = 0; i < s.OccCount; i++)
            {
                // Openings inside the wish.
                int d = Wish(s, i);
                AddGroup(groups, ref g, d, 1);
                if (CodesUnder(st.OpeningCodesUnder, d) is { } under)
                    foreach (int c in under) AddGroup(groups, ref g, c, 1);
            }
            foreach (var r in fs.Related.Entries)
                for (int i = 0; i < s.OccCount; i++)
                    if (OccCode.Related(Wish(s, i), r.To))
                    {
                        // Openings at or under the entry's other side.
                        AddGroup(groups, ref g, r.From, r.Score);
                        if (CodesUnder(st.OpeningCodesUnder, r.From) is { } under)
                            foreach (int c in under) AddGroup(groups, ref g, c, r.Score);
                        break;
                    }
            for (int k = 3; k >= 1; k--)
                for (int i = 0; i < s.OccCount; i++)
                {
                    int d = Wish(s, i);
                    if (OccCode.Length(d) <= k) continue;
                    // Openings coded at the shared level itself, and those sharing exactly k digits.
                    int prefix = OccCode.Prefix(d, k);
                    AddGroup(groups, ref g, prefix, fs.LevelScore[k]);
                    if (CodesUnder(st.OpeningCodesUnder, prefix) is { } under)
                        foreach (int c in under)
                            if (OccCode.CommonDepth(c, d) == k) AddGroup(groups, ref g, c, fs.LevelScore[k]);
                }
            SortGroups(groups[..g]);
            foreach (var group in groups[..g]) q.Scan(group.Key, group.Bound);
            if (s.AcceptsAny) q.Scan(AllKey, q.SkippedMax);

            var kept = q.Heap.Sorted();
            var result = new ScoredMatch[kept.Length];
            for (int i = 0; i < kept.Length; i++)
            {
                ref readonly var o = ref st.Openings[kept[i].Slot];
                PairScorer.Evaluate(fs, s, o, today.DayNumber, today.Year, out var e);
                result[i] = Reasons.ToMatch(fs, _names, s, o, e);
            }
            return result;
        }
        finally { _lock.ExitReadLock(); }
    }

    public ValueTask<IReadOnlyList<PairScore>> ScorePairsAsync(IReadOnlyCollection<Guid> seekerIds, IReadOnlyCollection<Guid> openingIds, DateOnly today, CancellationToken ct = default)
    {
        _lock.EnterReadLock();
        try
        {
            var st = _state;
            var openings = openingIds.Distinct().Where(st.OpeningSlots.ContainsKey).Select(id => st.OpeningSlots[id]).ToArray();
            var pairs = new List<PairScore>();
            foreach (var seekerId in seekerIds.Distinct())
            {
                if (!st.SeekerSlots.TryGetValue(seekerId, out int slot)) continue;
                ref readonly var s = ref st.Seekers[slot];
                foreach (int o in openings)
                {
                    PairScorer.Evaluate(st.Fs, s, st.Openings[o], today.DayNumber, today.Year, out var e);
                    if (e.Rejection == MatchRejection.None)
                        pairs.Add(new PairScore(s.Id, st.Openings[o].Id, st.Openings[o].EmployerId, Math.Round(e.Total, 1, MidpointRounding.AwayFromZero)));
                }
            }
            return ValueTask.FromResult<IReadOnlyList<PairScore>>(pairs);
        }
        finally { _lock.ExitReadLock(); }
    }

    private const int MaxGroups = 1024;

    /// <summary>A posting list to scan and the best occupation component its members can have.</summary>
    private struct Group
    {
        public int Key;
        public double Bound;
    }

    private static void AddGroup(Span<Group> groups, ref int n, int key, double bound)
    {
        for (int i = 0; i < n; i++)
            if (groups[i].Key == key)
            {
                groups[i].Bound = Math.Max(groups[i].Bound, bound);
                return;
            }
        if (n == groups.Length) throw new InvalidOperationException("Too many posting lists for one query; the related-occupation table is too large.");
        groups[n++] = new Group { Key = key, Bound = bound };
    }

    private static void SortGroups(Span<Group> groups) => groups.Sort(static (a, b) => b.Bound.CompareTo(a.Bound));

    private static int Wish(in SeekerFeatures s, int i) => i == 0 ? s.Occ0 : i == 1 ? s.Occ1 : s.Occ2;
}
