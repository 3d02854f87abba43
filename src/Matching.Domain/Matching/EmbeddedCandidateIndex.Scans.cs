namespace Matching.Domain.Matching;

// The two scans of EmbeddedCandidateIndex: every test here is a necessary condition of the scorer's own,
// so skipping a list, a cell or a posting never changes the result.
public sealed partial class EmbeddedCandidateIndex
{
    /// <summary>
    /// Scans seeker posting lists for one opening, each candidate seen once. Once the top N holds only
    /// unwidened entries, a candidate is scored only if an upper bound of its score, from the posting
    /// alone (the list's occupation bound, a distance lower bound, every other component but experience exact), can beat the worst kept.
    /// </summary>
    private struct SeekerQuery
    {
        private readonly State _st;
        private readonly OpeningFeatures _o;
        private readonly int _today, _year, _stamp;
        private readonly int[] _stamps;
        private readonly double _openingFresh;
        public TopHeap Heap;
        public double SkippedMax;

        public SeekerQuery(State st, in OpeningFeatures o, DateOnly today, int top)
        {
            _st = st; _o = o; _today = today.DayNumber; _year = today.Year;
            _stamp = NextStamp(st.Seekers.Length);
            _stamps = t_stamps!;
            _openingFresh = st.Fs.FreshnessOf(_today, o.PostedDay);
            Heap = new TopHeap(top);
        }

        /// <param name="occupationBound">Highest occupation component any not-yet-seen member of the list can have.</param>
        public void Scan(int key, double occupationBound)
        {
            if (!_st.SeekerLists.TryGetValue(key, out var list)) return;
            var fs = _st.Fs;
            if (Heap.Excludes(fs.BoundFor(occupationBound))) { SkippedMax = Math.Max(SkippedMax, occupationBound); t_skipped++; return; }
            var opt = fs.Options;
            double fixedPart = opt.OccupationWeight * occupationBound + opt.ExperienceWeight, scale = fs.Scale;
            double wDist = opt.DistanceWeight, wWage = opt.WageWeight, wFresh = opt.FreshnessWeight * 0.5, f = opt.CommuteWideningFactor;
            double wCond = opt.ConditionsWeight, wEdu = opt.EducationWeight, wProg = opt.ProgrammeWeight, wSkills = opt.SkillsWeight;
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
            int cellCount = OrderCells(list, oLat, oLon, cos, float.PositiveInfinity, out var cellKeys, out var cellOrder);
            t_lists++;
            t_cells += list.Cells.Count;
            double cellFixed = fixedPart + wWage + wCond + wSkills + wEdu + wProg + 2 * wFresh; // every component but distance at its best
            for (int ci = 0; ci < cellCount; ci++)
            {
                var cell = list.Cells[cellOrder[ci]];
                if (Heap.FullOfUnwidened && !cell.Anywhere)
                {
                    double r = cellKeys[ci] * f / cell.MaxRadiusKm;
                    if (r > 1 || (cellFixed + wDist * fs.DistanceScore(r)) * scale + 1e-6 < Heap.Worst.Score) continue;
                }
                t_scanned += cell.List.Count;
                bool full = Heap.FullOfUnwidened;
                double worst = full ? Heap.Worst.Score : 0;
                foreach (ref readonly var p in cell.List.Items)
                {
                    if ((required & ~p.CertMask) != 0) continue;
                    double distBound = 1;
                    bool maybeUnwidened = true;
                    if (p.RadiusKm < float.PositiveInfinity)
                    {
                        double lb2 = Geo.LowerBoundSquared(p.Lat, p.Lon, oLat, oLon, cos);
                        double radius = p.RadiusKm;
                        if (lb2 > radius * radius) continue;
                        double r = Math.Sqrt(lb2) * f / radius;
                        distBound = fs.DistanceScore(r);
                        maybeUnwidened = r <= 1;
                    }
                    if (full)
                    {
                        if (!maybeUnwidened) continue;
                        double skills = opt.Neutral;
                        if (skillBits.Length > 0)
                        {
                            int n = 0;
                            foreach (int b in skillBits) n += (int)(p.SkillMask >> b) & 1;
                            skills = n / (double)skillBits.Length;
                        }
                        byte hit = (byte)(PairScorer.Eligible(opt, p.BirthYear, p.DeclaredProgrammes, _year) & o.WelcomeMask);
                        double ub = (fixedPart + wDist * distBound + wWage * fs.WageScore(p.DesiredHourly, offer)
                            + wCond * PairScorer.Conditions(opt, p.TypeMask, p.MaxWeeklyHours, o.Type, o.WorkHours)
                            + wSkills * skills
                            + wEdu * PairScorer.EducationFit(opt, p.Education, o.Education)
                            + wProg * (o.WelcomeMask == 0 ? opt.Neutral : hit != 0 ? 1 : 0)
                            + wFresh * (_openingFresh + fs.FreshnessOf(_today, p.UpdatedDay))) * scale + 1e-6;
                        if (ub < worst) continue;
                    }
                    // Marked only once scored: the mark costs a cache miss, so the cheap tests above go first.
                    int slot = p.Slot;
                    if (stamps[slot] == _stamp) continue;
                    stamps[slot] = _stamp;
                    t_scored++;
                    ref readonly var s = ref seekers[slot];
                    PairScorer.Evaluate(fs, s, _o, _today, _year, out var e);
                    if (e.Rejection != MatchRejection.None) continue;
                    Heap.Offer(e.Tier, e.Total, s.Id, slot);
                    full = Heap.FullOfUnwidened;
                    worst = full ? Heap.Worst.Score : 0;
                }
            }
        }
    }

    /// <summary>Scans opening posting lists for one seeker, each candidate seen once; bounded like <see cref="SeekerQuery"/>.</summary>
    private struct OpeningQuery
    {
        private readonly State _st;
        private readonly SeekerFeatures _s;
        private readonly int _today, _year, _stamp;
        private readonly int[] _stamps;
        private readonly float _radius;
        private readonly double _seekerFresh;
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
            Heap = new TopHeap(top);
        }

        public void Scan(int key, double occupationBound)
        {
            if (!_st.OpeningLists.TryGetValue(key, out var list)) return;
            var fs = _st.Fs;
            if (Heap.Excludes(fs.BoundFor(occupationBound))) { SkippedMax = Math.Max(SkippedMax, occupationBound); t_skipped++; return; }
            var opt = fs.Options;
            double fixedPart = opt.OccupationWeight * occupationBound + fs.UnboundedWeights, scale = fs.Scale;
            double wDist = opt.DistanceWeight, wWage = opt.WageWeight, wFresh = opt.FreshnessWeight * 0.5, f = opt.CommuteWideningFactor;
            var openings = _st.Openings;
            var stamps = _stamps;
            float sLat = _s.Lat, sLon = _s.Lon, radius = _radius, desired = _s.DesiredHourly;
            ushort parks = _s.ParkMask;
            double cos = float.IsNaN(sLat) ? 0 : Geo.LowerBoundCos(sLat);
            double radius2 = (double)radius * radius;
            ulong held = _s.CertMask;
            int cellCount = OrderCells(list, sLat, sLon, cos, radius, out var cellKeys, out var cellOrder);
            double cellFixed = fixedPart + wWage + 2 * wFresh; // every component but distance at its best
            for (int ci = 0; ci < cellCount; ci++)
            {
                var cell = list.Cells[cellOrder[ci]];
                if (Heap.FullOfUnwidened && !cell.Anywhere)
                {
                    double r = cellKeys[ci] * f / radius;
                    if (r > 1 || (cellFixed + wDist * fs.DistanceScore(r)) * scale + 1e-6 < Heap.Worst.Score) continue;
                }
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
                        if (!maybeUnwidened) continue;
                        double ub = (fixedPart + wDist * distBound + wWage * fs.WageScore(desired, p.OfferHourly)
                            + wFresh * (fs.FreshnessOf(_today, p.PostedDay) + _seekerFresh)) * scale + 1e-6;
                        if (ub < worst) continue;
                    }
                    // Marked only once scored: the mark costs a cache miss, so the cheap tests above go first.
                    int slot = p.Slot;
                    if (stamps[slot] == _stamp) continue;
                    stamps[slot] = _stamp;
                    t_scored++;
                    ref readonly var o = ref openings[slot];
                    PairScorer.Evaluate(fs, _s, o, _today, _year, out var e);
                    if (e.Rejection != MatchRejection.None) continue;
                    Heap.Offer(e.Tier, e.Total, o.Id, slot);
                    full = Heap.FullOfUnwidened;
                    worst = full ? Heap.Worst.Score : 0;
                }
            }
        }
    }
}
