namespace Matching.Domain.Regions;

/// <summary>A 시군구 (or 일반구, written "수원시 장안구") with an approximate centroid.</summary>
public sealed record Region(string Sido, string Sigungu, double Latitude, double Longitude)
{
    /// <summary>
    /// A name that no longer exists (e.g. 인천 중구 before 2026-07-01) but still appears in old records;
    /// it resolves so imports keep working, and is left out of pick lists.
    /// </summary>
    public bool IsLegacy { get; init; }
}
