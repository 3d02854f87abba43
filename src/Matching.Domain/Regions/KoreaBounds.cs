namespace Matching.Domain.Regions;

/// <summary>A coarse box around South Korea: the mainland, Jeju and Marado, 백령도, Ulleung and Dokdo.</summary>
public static class KoreaBounds
{
    public const double MinLatitude = 33.0;
    public const double MaxLatitude = 38.7;
    public const double MinLongitude = 124.5;
    public const double MaxLongitude = 131.9;

    // A box, not a polygon: it catches swapped or zeroed coordinates, not a point just over the border.
    public static bool Contains(double latitude, double longitude) =>
        latitude is >= MinLatitude and <= MaxLatitude
        && longitude is >= MinLongitude and <= MaxLongitude;
}
