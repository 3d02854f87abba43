namespace Matching.Infrastructure.Store.Entities;

/// <summary>An address as stored: coordinates are always filled, from the 시군구 centroid when not given.</summary>
public sealed record StoredAddress(
    string Sido,
    string Sigungu,
    string? Dong,
    double Latitude,
    double Longitude,
    bool CoordinatesEstimated);
