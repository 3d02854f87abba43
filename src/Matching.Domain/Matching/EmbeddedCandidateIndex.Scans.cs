using System.Numerics;
using System.Runtime.CompilerServices;

namespace Matching.Domain.Matching;

// The two scans of EmbeddedCandidateIndex: every test here is a necessary condition of the scorer's own,
// so skipping a list, a cell or a posting never changes the result.
public sealed partial class EmbeddedCandidateIndex
{
    /// <summary>
    /// Scans seeker posting lists for one opening, each candidate seen once. Once the top N holds only
    /// unwidened entries, a candidate is scored only if an upper bound of its score, from the posting
    /// alone (the list's occupation bound, a distance lower bound, every other component but experience exact), can beat
    /// the worst kept, or tie it with a smaller id. A cheaper bound from per-opening tables (<see cref="SeekerRestBound"/>)
    /// comes first and rules out almost every candidate the exact one would.
    /// </summary>
    private struct SeekerQuery
    {
        private readonly State _st;
        private readonly OpeningFeatures _o;
        private readonly int _today, _year, _stamp;
        private readonly int[] _stamps;
        private readonly double _openingFresh, _rest;
        private readonly SeekerRestBound _restBound;
        public TopHeap Heap;
        public double SkippedMax;

        public SeekerQuery(State st, in OpeningFeatures o, DateOnly today, int top)
        {
            _st = st; _o = o; _today = today.DayNumber; _year = today.Year;
            _stamp = NextStamp(st.Seekers.Length);
            _stamps = t_stamps!;
            _openingFresh = st.Fs.FreshnessOf(_today, o.PostedDay);
            _rest = st.Fs.BestRest(o, _today);
            _restBound = new SeekerRestBound(st.Fs, o, _today, _year);
            Heap = new TopHeap(top);
        }

        /// <param name="occupationBound">Highest occupation component any not-yet-seen member of the list can have.</param>
        public void Scan(int key, double occupationBound)
        {
            if (!_st.SeekerLists.TryGetValue(key, out var list)) return;
            var fs = _st.Fs;
            if (Heap.Excludes(fs.BoundFor(occupationBound, _rest))) { SkippedMax = Math.Max(SkippedMax, occupationBound); t_skipped++; return; }
            var opt = fs.Options;
            double fixedPart = opt.OccupationWeight * occupationBound + opt.ExperienceWeight;
            double wDist = opt.DistanceWeight, f = opt.CommuteWideningFactor, scale = fs.Scale;
            var o = _o;
            // Bit of each preferred skill: a seeker holds at most as many as have their bit in its mask.
            Span<int> skillBits = stackalloc int[o.SkillCount];
            for (int i = 0; i < skillBits.Length; i++) skillBits[i] = fs.OpeningPool[o.PoolOffset + o.CertCount + i] & 63;
            var seekers = _st.Seekers;
            var stamps = _stamps;
            float oLat = _o.Lat, oLon = _o.Lon, offer = _o.OfferHourly;
            double cos = Geo.LowerBoundCos(oLat);
            // Certificate and distance tests reject a candidate in every list alike, so they come before the mark.
            ulong required = _o.CertMask;
            bool inPark = _o.ParkBit != 0;
            var cellBound = new CellBound(fs, occupationBound, _rest);
            // The commute-bus cell last for an opening outside the parks: there its seekers are bounded by their places like
            // any others, and scanned early, before the nearest cells filled the top N, most of them would be scored.
            int cellCount = OrderCells(list, oLat, oLon, cos, float.PositiveInfinity, cellBound, Heap.FullOfUnwidened ? Heap.Worst.Score : double.NaN,
                inPark ? 0 : double.PositiveInfinity, out _, out var cellOrder);
            t_lists++;
            t_cells += list.Cells.Count;
            // Once the top N is full, the distance score a candidate needs to reach the worst kept, every other component at
            // the candidate's rest bound: need − upper / wDist. It turns into the squared distance over squared radius the
            // posting may have and still be unwidened (DistanceScore(r) = 1 − r / 2 up to r = 1), a test before the square
            // root. The 1e-9 keeps rounding on the safe side; what it drops scores below the worst.
            double Need(double worst) => wDist > 0 ? ((worst - 1e-6) / scale - fixedPart) / wDist : 0;
            double perRest = wDist > 0 ? 1 / wDist : 0, perSquare = (1 + 1e-9) / (f * f);
            var restBound = _restBound;
            const int Classes = GridList<SeekerPosting>.CommuteClasses;
            Span<double> subKm = stackalloc double[GridList<SeekerPosting>.SubCells];
            Span<int> subOrder = stackalloc int[GridList<SeekerPosting>.SubCells];
            for (int ci = 0; ci < cellCount; ci++)
            {
                var cell = list.Cells[cellOrder[ci]];
                // Sub-cells nearest first, like the cells: the best candidates fill the top N before the ties of a farther
                // sub-cell, which the bound (its distance a lower bound) cannot tell from the worst kept, would be scored.
                for (int sc = 0; sc < subKm.Length; sc++)
                {
                    double d = cell.SubCellMinKm(oLat, oLon, cos, sc);
                    int at = sc;
                    for (; at > 0 && subKm[at - 1] > d; at--)
                    {
                        subKm[at] = subKm[at - 1];
                        subOrder[at] = subOrder[at - 1];
                    }
                    subKm[at] = d;
                    subOrder[at] = sc;
                }
                for (int seg = 0; seg < cell.List.Segments; seg++)
                {
                    // Each sub-cell and commute class of the cell has its own distance, reach and bound.
                    double km = subKm[seg / Classes];
                    int k = subOrder[seg / Classes] * Classes + seg % Classes;
                    var items = cell.List.Segment(k);
                    float reach = cell.SegmentRadiusKm[k];
                    if (items.Length == 0 || !cell.Anywhere && (km > reach || Heap.FullOfUnwidened && cellBound.Excludes(km, reach, Heap.Worst.Score))) continue;
                    t_scanned += items.Length;
                    bool full = Heap.FullOfUnwidened;
                    double worst = full ? Heap.Worst.Score : 0;
                    double need = full ? Need(worst) : 0;
                    int worstRank = full ? _st.SeekerIdRanks.Rank(Heap.Worst.Id) : 0;
                    foreach (ref readonly var p in items)
                    {
                        if ((required & ~p.CertMask) != 0) continue;
                        double distBound = 1, upper = full ? restBound.Upper(p) : 0;
                        bool maybeUnwidened = true;
                        // Without a place the scorer's distance is neutral; a seeker in the commute-bus cell may reach an
                        // opening in a park whatever the distance; any other seeker is bounded by its place and radius.
                        if (float.IsNaN(p.Lat)) distBound = opt.Neutral;
                        else if (!(cell.Anywhere && inPark))
                        {
                            double lb2 = Geo.LowerBoundSquared(p.Lat, p.Lon, oLat, oLon, cos);
                            double radius = p.RadiusKm, within = 1;
                            if (full)
                            {
                                double rMax = Math.Min(1, 2 * (1 - (need - upper * perRest)));
                                within = rMax * Math.Abs(rMax) * perSquare; // below zero when no distance reaches the worst
                            }
                            if (lb2 > within * radius * radius) continue;
                            double r = Math.Sqrt(lb2) * f / radius;
                            distBound = fs.DistanceScore(r);
                            maybeUnwidened = r <= 1;
                        }
                        if (full)
                        {
                            // The cheap rest bound rules out almost every candidate; the exact one only for those it lets through.
                            if (!maybeUnwidened || (fixedPart + wDist * distBound + upper) * scale + 1e-6 < worst) continue;
                            double skills = opt.Neutral;
                            if (skillBits.Length > 0)
                            {
                                int n = 0;
                                foreach (int b in skillBits) n += (int)(p.SkillMask >> b) & 1;
                                skills = n / (double)skillBits.Length;
                            }
                            double ub = Bound(fs, occupationBound, distBound, p.DesiredHourly, offer, p.TypeMask, p.MaxWeeklyHours, o.Type, o.WorkHours,
                                skills, p.Education, o.Education, PairScorer.Eligible(opt, p.BirthYear, p.DeclaredProgrammes, _year), o.WelcomeMask,
                                _openingFresh + fs.FreshnessOf(_today, p.UpdatedDay));
                            if (ub < worst || ub == worst && LosesTie(p.IdRank, p.Slot, worstRank)) continue;
                        }
                        // Marked only once scored: the mark costs a cache miss, so the cheap tests above go first.
                        ref readonly var s = ref seekers[p.Slot];
                        if (!Consider(ref Heap, stamps, _stamp, p.Slot, s.Id, fs, s, _o, _today, _year)) continue;
                        full = Heap.FullOfUnwidened;
                        worst = full ? Heap.Worst.Score : 0;
                        need = full ? Need(worst) : 0;
                        worstRank = full ? _st.SeekerIdRanks.Rank(Heap.Worst.Id) : 0;
                    }
                }
            }
        }

        /// <summary>
        /// True when a candidate that can at best tie the worst kept score ranks below it on its id. The rank carried in
        /// the posting settles almost every tie without touching the seeker's record: in the HTTP bench's population the
        /// seekers of a 시군구 share one place, and up to 2,400 of them tie at the top score of an opening.
        /// </summary>
        private readonly bool LosesTie(byte rank, int slot, int worstRank) =>
            rank != worstRank ? rank > worstRank : _st.Seekers[slot].Id.CompareTo(Heap.Worst.Id) > 0;
    }

    /// <summary>
    /// Scores a candidate this query has not met yet (marking it met) and offers it to the top N; false when it was
    /// met before or the scorer rejects the pair, so the top N did not change.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Consider(ref TopHeap heap, int[] stamps, int stamp, int slot, Guid id, FeatureSpace fs, in SeekerFeatures s,
        in OpeningFeatures o, int today, int year)
    {
        if (stamps[slot] == stamp) return false;
        stamps[slot] = stamp;
        t_scored++;
        PairScorer.Evaluate(fs, s, o, today, year, out var e);
        if (e.Rejection != MatchRejection.None) return false;
        heap.Offer(e.Tier, e.Total, id, slot);
        return true;
    }

    /// <summary>
    /// Upper bound of a pair's score, summed by the scorer's own <see cref="PairScorer.Total"/>: the list's occupation
    /// bound, the distance bound, experience at its best, the other components the scorer's own from what the posting
    /// carries. No margin: each component is at least the scorer's, so the sum is too, and equal when they are.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Bound(FeatureSpace fs, double occupation, double distance, float desired, float offer, byte typeMask, short maxWeeklyHours,
        byte type, short workHours, double skills, sbyte education, sbyte required, byte eligible, byte welcome, double freshnessSum)
    {
        var opt = fs.Options;
        return PairScorer.Total(fs, occupation, distance, fs.WageScore(desired, offer), PairScorer.Conditions(opt, typeMask, maxWeeklyHours, type, workHours),
            skills, 1, PairScorer.EducationFit(opt, education, required), welcome == 0 ? opt.Neutral : (eligible & welcome) != 0 ? 1 : 0,
            0.5 * freshnessSum);
    }

    /// <summary>Scans opening posting lists for one seeker, each candidate seen once; bounded like <see cref="SeekerQuery"/>.</summary>
    private struct OpeningQuery
    {
        private readonly State _st;
        private readonly SeekerFeatures _s;
        private readonly int _today, _year, _stamp;
        private readonly int[] _stamps;
        private readonly float _radius;
        private readonly double _seekerFresh, _rest;
        private readonly byte _eligible;
        public TopHeap Heap;
        public double SkippedMax;

        public OpeningQuery(State st, in SeekerFeatures s, DateOnly today, int top)
        {
            _st = st; _s = s; _today = today.DayNumber; _year = today.Year;
            _stamp = NextStamp(st.Openings.Length);
            _stamps = t_stamps!;
            _radius = float.IsNaN(s.Lat) ? float.PositiveInfinity
                : (float)(s.MaxCommuteMinutes * st.Fs.Options.CommuteWideningFactor * st.Fs.KmPerMinute);
            _seekerFresh = st.Fs.FreshnessOf(_today, s.UpdatedDay);
            _rest = st.Fs.BestRest(s, _today, _year);
            _eligible = PairScorer.Eligible(st.Fs.Options, s.BirthYear, s.DeclaredProgrammes, _year);
            Heap = new TopHeap(top);
        }

        public void Scan(int key, double occupationBound)
        {
            if (!_st.OpeningLists.TryGetValue(key, out var list)) return;
            var fs = _st.Fs;
            if (Heap.Excludes(fs.BoundFor(occupationBound, _rest))) { SkippedMax = Math.Max(SkippedMax, occupationBound); t_skipped++; return; }
            var opt = fs.Options;
            double fixedPart = opt.OccupationWeight * occupationBound + opt.ExperienceWeight;
            double wDist = opt.DistanceWeight, f = opt.CommuteWideningFactor, rest = _rest - opt.ExperienceWeight, scale = fs.Scale;
            var openings = _st.Openings;
            var stamps = _stamps;
            float sLat = _s.Lat, sLon = _s.Lon, radius = _radius, desired = _s.DesiredHourly;
            ushort parks = _s.ParkMask;
            double cos = float.IsNaN(sLat) ? 0 : Geo.LowerBoundCos(sLat);
            double radius2 = (double)radius * radius;
            ulong held = _s.CertMask;
            var cellBound = new CellBound(fs, occupationBound, _rest);
            int cellCount = OrderCells(list, sLat, sLon, cos, radius, cellBound, Heap.FullOfUnwidened ? Heap.Worst.Score : double.NaN, 0,
                out var cellKeys, out var cellOrder);
            for (int ci = 0; ci < cellCount; ci++)
            {
                var cell = list.Cells[cellOrder[ci]];
                if (Heap.FullOfUnwidened && !cell.Anywhere && cellBound.Excludes(cellKeys[ci], radius, Heap.Worst.Score)) continue;
                t_scanned += cell.List.Count;
                bool full = Heap.FullOfUnwidened;
                double worst = full ? Heap.Worst.Score : 0;
                foreach (ref readonly var p in cell.List.Items)
                {
                    if (p.ClosesDay < _today || (p.CertMask & ~held) != 0) continue;
                    double distBound = 1;
                    bool maybeUnwidened = true;
                    if ((p.ParkBit & parks) == 0 && radius < float.PositiveInfinity)
                    {
                        double lb2 = Geo.LowerBoundSquared(sLat, sLon, p.Lat, p.Lon, cos);
                        if (lb2 > radius2) continue;
                        double r = Math.Sqrt(lb2) * f / radius;
                        distBound = fs.DistanceScore(r);
                        maybeUnwidened = r <= 1;
                    }
                    if (full)
                    {
                        if (!maybeUnwidened || (fixedPart + wDist * distBound + rest) * scale + 1e-6 < worst) continue;
                        // A seeker holds at most as many of the opening's skills as their bits shared, if the opening's bits are distinct.
                        double skills = p.SkillCount == 0 ? opt.Neutral
                            : BitOperations.PopCount(p.SkillMask) == p.SkillCount ? BitOperations.PopCount(p.SkillMask & _s.SkillMask) / (double)p.SkillCount : 1;
                        double ub = Bound(fs, occupationBound, distBound, desired, p.OfferHourly, _s.TypeMask, _s.MaxWeeklyHours, p.Type, p.WorkHours,
                            skills, _s.Education, p.Education, _eligible, p.WelcomeMask, fs.FreshnessOf(_today, p.PostedDay) + _seekerFresh);
                        // At best a tie with the worst kept: it enters only on a smaller id.
                        if (ub < worst || ub == worst && openings[p.Slot].Id.CompareTo(Heap.Worst.Id) > 0) continue;
                    }
                    // Marked only once scored: the mark costs a cache miss, so the cheap tests above go first.
                    ref readonly var o = ref openings[p.Slot];
                    if (!Consider(ref Heap, stamps, _stamp, p.Slot, o.Id, fs, _s, o, _today, _year)) continue;
                    full = Heap.FullOfUnwidened;
                    worst = full ? Heap.Worst.Score : 0;
                }
            }
        }
    }
}
