namespace Matching.Domain.Matching;

/// <summary>
/// A posting list split by map cell (0.1° × 0.125°, about 11 km square around Seoul), so a query visits
/// the nearest cells first and skips whole cells that are out of reach or cannot beat the current top N.
/// </summary>
internal sealed class GridList<T> where T : struct, IPosting
{
    public const double CellLat = 0.1, CellLon = 0.125;
    /// <summary>Cell of postings without a usable place (unknown location, or reachable by commute bus); always scanned.</summary>
    public const int Anywhere = int.MinValue;

    private readonly Dictionary<int, int> _byId = [];

    public List<GridCell<T>> Cells { get; } = [];

    public static int CellOf(float lat, float lon) =>
        float.IsNaN(lat) || float.IsNaN(lon) ? Anywhere
            : ((int)Math.Floor(lat / CellLat) + 2048) << 16 | ((int)Math.Floor(lon / CellLon) + 4096);

    /// <summary>Creates the cell with room for <paramref name="capacity"/> postings (bulk build).</summary>
    public void Reserve(int cell, int capacity) => GetCell(cell, capacity);

    private GridCell<T> GetCell(int cell, int capacity)
    {
        if (!_byId.TryGetValue(cell, out int i))
        {
            i = Cells.Count;
            _byId.Add(cell, i);
            Cells.Add(new GridCell<T>(cell, capacity));
        }
        return Cells[i];
    }

    public void Add(int cell, float radiusKm, in T posting)
    {
        var c = GetCell(cell, 4);
        c.List.Add(posting);
        if (radiusKm > c.MaxRadiusKm) c.MaxRadiusKm = radiusKm;
    }

    public bool Remove(int cell, int slot) => _byId.TryGetValue(cell, out int i) && Cells[i].List.Remove(slot);

}

internal sealed class GridCell<T>(int id, int capacity) where T : struct, IPosting
{
    public readonly PostingList<T> List = new(capacity);
    public readonly bool Anywhere = id == GridList<T>.Anywhere;
    public readonly double MinLat = ((id >> 16) - 2048) * GridList<T>.CellLat;
    public readonly double MinLon = ((id & 0xFFFF) - 4096) * GridList<T>.CellLon;
    /// <summary>Largest widened commute radius of the seekers in the cell (never shrinks; only a bound).</summary>
    public float MaxRadiusKm;

    /// <summary>Lower bound of the distance from a point to anything in the cell, in km (see Geo.LowerBoundSquared).</summary>
    public double MinKm(double lat, double lon, double cosFactor)
    {
        if (Anywhere) return 0;
        double nearLat = Math.Clamp(lat, MinLat, MinLat + GridList<T>.CellLat);
        double nearLon = Math.Clamp(lon, MinLon, MinLon + GridList<T>.CellLon);
        return Math.Sqrt(Geo.LowerBoundSquared(lat, lon, nearLat, nearLon, cosFactor)) * 0.999;
    }
}
