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
    /// Cheap lower bound of the haversine distance (equirectangular with a 2 % margin), used to skip
    /// far candidates before touching their full record. Never larger than the true distance at
    /// Korean latitudes and distances under a few hundred km.
    /// </summary>
    public static double LowerBoundKm(double lat1, double lon1, double lat2, double lon2)
    {
        double dy = (lat2 - lat1) * KmPerDegree;
        double dx = (lon2 - lon1) * KmPerDegree * Math.Cos(Math.Max(Math.Abs(lat1), Math.Abs(lat2)) * DegToRad + 0.02);
        return Math.Sqrt(dx * dx + dy * dy) * 0.98;
    }
}
