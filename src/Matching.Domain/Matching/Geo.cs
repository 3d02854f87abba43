namespace Matching.Domain.Matching;

/// <summary>Straight-line distance (a public GeoDistance arrives elsewhere; this one stays private to matching).</summary>
internal static class Geo
{
    private const double EarthRadiusKm = 6371.0088;
    private const double DegToRad = Math.PI / 180;
    public const double KmPerDegree = EarthRadiusKm * DegToRad;

    public static double HaversineKm(double lat1, double lon1, double lat2, double lon2)
    {
        double dLat = (lat2 - lat1) * DegToRad, dLon = (lon2 - lon1) * DegToRad;
        double s1 = Math.Sin(dLat / 2), s2 = Math.Sin(dLon / 2);
        double h = s1 * s1 + Math.Cos(lat1 * DegToRad) * Math.Cos(lat2 * DegToRad) * s2 * s2;
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>
    /// Straight-line distance for the scorer's hot path: the haversine formula with sin x ≈ x, which is
    /// the equirectangular distance with the two points' own cosines. Relative error below 0.1 % up to
    /// 200 km, far below the uncertainty of a door-to-door estimate; the cosines are precomputed per profile.
    /// </summary>
    public static double FastKm(double lat1, double lon1, double cosLat1, double lat2, double lon2, double cosLat2)
    {
        double dLat = lat2 - lat1, dLon = lon2 - lon1;
        return KmPerDegree * Math.Sqrt(dLat * dLat + cosLat1 * cosLat2 * dLon * dLon);
    }

    public static double CosLat(double lat) => Math.Cos(lat * DegToRad);

    /// <summary>
    /// Longitude factor for <see cref="LowerBoundSquared"/> around <paramref name="lat"/>: the cosine 3° nearer the pole,
    /// so it is at most the cosine of any latitude within 3° of the query point.
    /// </summary>
    public static double LowerBoundCos(double lat) => Math.Cos(Math.Min(90, Math.Abs(lat) + 3) * DegToRad);

    /// <summary>
    /// Square of a lower bound of <see cref="FastKm"/> (in km²), for skipping far candidates before touching their
    /// record. Exact-enough arithmetic with a small margin; beyond 3° of latitude only the north–south part counts.
    /// </summary>
    public static double LowerBoundSquared(double lat1, double lon1, double lat2, double lon2, double cosFactor)
    {
        double dLat = Math.Abs(lat2 - lat1), dLon = lon2 - lon1;
        double dy = dLat * KmPerDegree;
        if (dLat > 3) return dy * dy * 0.998;
        double dx = dLon * KmPerDegree * cosFactor;
        return (dx * dx + dy * dy) * 0.998;
    }
}
