namespace Matching.Domain.Matching;

/// <summary>
/// A posting list split by map cell (0.1° × 0.125°, about 11 km square around Seoul), so a query visits
/// the nearest cells first and skips whole cells that are out of reach or cannot beat the current top N.
/// A seeker cell is further segmented by sub-cell (a ninth, about 3.7 km square) and commute class, each segment bounded
/// by its own place and longest commute radius, without a cell of its own.
/// </summary>
internal sealed class GridList<T> where T : struct, IPosting
{
    public const double CellLat = 0.1, CellLon = 0.125;
    /// <summary>Cell of postings without a usable place (unknown location, or reachable by commute bus); always scanned.</summary>
    public const int Anywhere = int.MinValue;

    /// <summary>Commute classes of seekers: ≤ 30, ≤ 45, ≤ 60, ≤ 90 minutes, longer.</summary>
    public const int CommuteClasses = 5;

    /// <summary>A cell's latitude and longitude spans are each cut in this many parts for its sub-cells.</summary>
    public const int Parts = 3, SubCells = Parts * Parts;

    private readonly Dictionary<int, int> _byId = [];

    public List<GridCell<T>> Cells { get; } = [];

    public static int CellOf(float lat, float lon) =>
        float.IsNaN(lat) || float.IsNaN(lon) ? Anywhere
            : ((int)Math.Floor(lat / CellLat) + 2048) << 16 | ((int)Math.Floor(lon / CellLon) + 4096);

    /// <summary>Sub-cell of its cell a place lies in, row by row from the south-west corner; 0 without a place.</summary>
    public static int SubCellOf(float lat, float lon) =>
        float.IsNaN(lat) || float.IsNaN(lon) ? 0 : Part(lat / CellLat) * Parts + Part(lon / CellLon);

    // Clamped: x × 3 may round up to the next whole number just below a cell's edge.
    private static int Part(double x) => Math.Clamp((int)Math.Floor(x * Parts) - (int)Math.Floor(x) * Parts, 0, Parts - 1);

    /// <summary>
    /// Commute class of a limit in minutes: the usual choices each apart. A cell is bounded by the longest commute
    /// radius in it, so without them one 90-minute seeker among 30-minute ones would keep the whole cell in reach.
    /// </summary>
    public static int CommuteClass(float minutes) => minutes <= 30 ? 0 : minutes <= 45 ? 1 : minutes <= 60 ? 2 : minutes <= 90 ? 3 : 4;

    /// <summary>
    /// Makes a new cell with room for exactly <paramref name="counts"/> postings per segment, and the longest reach of each
    /// segment's postings (a rebuild: they are then placed by <see cref="PostingList{T}.Place"/>).
    /// </summary>
    public GridCell<T> Reserve(int cell, ReadOnlySpan<int> counts, ReadOnlySpan<float> reachKm)
    {
        var c = NewCell(cell, new PostingList<T>(counts));
        reachKm.CopyTo(c.SegmentRadiusKm);
        foreach (float r in reachKm) c.MaxRadiusKm = Math.Max(c.MaxRadiusKm, r);
        return c;
    }

    private GridCell<T> GetCell(int cell, int capacity) =>
        _byId.TryGetValue(cell, out int i) ? Cells[i] : NewCell(cell, new PostingList<T>(capacity, T.Segments));

    private GridCell<T> NewCell(int cell, PostingList<T> list)
    {
        _byId.Add(cell, Cells.Count);
        var c = new GridCell<T>(cell, list);
        Cells.Add(c);
        return c;
    }

    public void Add(int cell, float radiusKm, in T posting, int segment = 0)
    {
        var c = GetCell(cell, 4);
        c.List.Add(posting, segment);
        if (radiusKm > c.SegmentRadiusKm[segment]) c.SegmentRadiusKm[segment] = radiusKm;
        if (radiusKm > c.MaxRadiusKm) c.MaxRadiusKm = radiusKm;
    }

    public bool Remove(int cell, int slot, int segment = 0) => _byId.TryGetValue(cell, out int i) && Cells[i].List.Remove(slot, segment);

}

internal sealed class GridCell<T>(int id, PostingList<T> list) where T : struct, IPosting
{
    public readonly PostingList<T> List = list;
    public readonly bool Anywhere = id == GridList<T>.Anywhere;
    public readonly double MinLat = ((id >> 16) - 2048) * GridList<T>.CellLat;
    public readonly double MinLon = ((id & 0xFFFF) - 4096) * GridList<T>.CellLon;
    /// <summary>Largest widened commute radius of the seekers in the cell, and in each segment (never shrink; only bounds).</summary>
    public float MaxRadiusKm;
    public readonly float[] SegmentRadiusKm = new float[T.Segments];

    /// <summary>Lower bound of the distance from a point to anything in the cell, in km (see Geo.LowerBoundSquared).</summary>
    public double MinKm(double lat, double lon, double cosFactor) =>
        MinKm(lat, lon, cosFactor, MinLat, MinLon, GridList<T>.CellLat, GridList<T>.CellLon);

    /// <summary>The same for one sub-cell (see <see cref="GridList{T}.SubCellOf"/>).</summary>
    public double SubCellMinKm(double lat, double lon, double cosFactor, int subCell)
    {
        double h = GridList<T>.CellLat / GridList<T>.Parts, w = GridList<T>.CellLon / GridList<T>.Parts;
        return MinKm(lat, lon, cosFactor, MinLat + subCell / GridList<T>.Parts * h, MinLon + subCell % GridList<T>.Parts * w, h, w);
    }

    private double MinKm(double lat, double lon, double cosFactor, double minLat, double minLon, double height, double width)
    {
        if (Anywhere) return 0;
        double nearLat = Math.Clamp(lat, minLat, minLat + height);
        double nearLon = Math.Clamp(lon, minLon, minLon + width);
        return Math.Sqrt(Geo.LowerBoundSquared(lat, lon, nearLat, nearLon, cosFactor)) * 0.999;
    }
}
