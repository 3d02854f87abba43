namespace Matching.Domain.Regions;

public static class GeoDistance
{
    // Mean Earth radius (IUGG). The sphere is off by under 0.5 % — far less than the centroids' own error.
    public const double EarthRadiusKilometres = 6371.0088;

    /// <summary>Great-circle (haversine) distance in kilometres between two WGS 84 points in degrees.</summary>
    public static double Kilometres(double lat1, double lon1, double lat2, double lon2)
    {
        var phi1 = ToRadians(lat1);
        var phi2 = ToRadians(lat2);
        var sinHalfDPhi = Math.Sin((phi2 - phi1) / 2);
        var sinHalfDLambda = Math.Sin(ToRadians(lon2 - lon1) / 2);
        var h = sinHalfDPhi * sinHalfDPhi + Math.Cos(phi1) * Math.Cos(phi2) * sinHalfDLambda * sinHalfDLambda;
        // Rounding can push h a hair above 1 for antipodal points, and Asin would return NaN.
        return 2 * EarthRadiusKilometres * Math.Asin(Math.Sqrt(Math.Min(1.0, h)));
    }

    public static double Kilometres(Region from, Region to) =>
        Kilometres(from.Latitude, from.Longitude, to.Latitude, to.Longitude);

    private static double ToRadians(double degrees) => degrees * (Math.PI / 180.0);
}
