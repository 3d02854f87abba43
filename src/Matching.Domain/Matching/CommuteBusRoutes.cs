using System.Globalization;

namespace Matching.Domain.Matching;

public sealed record BusStop(string Name, double Latitude, double Longitude);

public sealed record BusRoute(string Name, IReadOnlyList<BusStop> Stops);

/// <summary>An industrial park with free commute-bus routes (무료 통근버스).</summary>
public sealed record IndustrialPark(string Id, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<BusRoute> Routes);

/// <summary>Free commute-bus routes to industrial parks (Data/commute-bus-routes.tsv). At most 16 parks.</summary>
public sealed class CommuteBusRoutes
{
    private const string ResourceName = "Matching.Domain.Data.commute-bus-routes.tsv";
    private readonly Dictionary<string, int> _byAlias = new(StringComparer.OrdinalIgnoreCase);

    private readonly double _minLat = double.MaxValue, _maxLat = double.MinValue, _minLon = double.MaxValue, _maxLon = double.MinValue;

    public CommuteBusRoutes(IReadOnlyList<IndustrialPark> parks)
    {
        if (parks.Count > 16) throw new ArgumentException("At most 16 industrial parks are supported.");
        Parks = parks;
        foreach (var stop in parks.SelectMany(p => p.Routes).SelectMany(r => r.Stops))
        {
            _minLat = Math.Min(_minLat, stop.Latitude); _maxLat = Math.Max(_maxLat, stop.Latitude);
            _minLon = Math.Min(_minLon, stop.Longitude); _maxLon = Math.Max(_maxLon, stop.Longitude);
        }
        for (int i = 0; i < parks.Count; i++)
        {
            _byAlias[Normalise(parks[i].Id)] = i;
            _byAlias[Normalise(parks[i].Name)] = i;
            foreach (var a in parks[i].Aliases) _byAlias[Normalise(a)] = i;
        }
    }

    public static CommuteBusRoutes Empty { get; } = new([]);

    public IReadOnlyList<IndustrialPark> Parks { get; }

    public static CommuteBusRoutes LoadDefault()
    {
        using var stream = typeof(CommuteBusRoutes).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Missing resource {ResourceName}");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    public static CommuteBusRoutes Parse(TextReader reader)
    {
        var parks = new List<(string Id, string Name, string[] Aliases, List<(string Route, int Seq, BusStop Stop)> Stops)>();
        reader.ReadLine();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var c = line.Split('\t');
            int i = parks.FindIndex(p => p.Id == c[0]);
            if (i < 0)
            {
                parks.Add((c[0], c[1], c[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), []));
                i = parks.Count - 1;
            }
            var stop = new BusStop(c[5], double.Parse(c[6], CultureInfo.InvariantCulture), double.Parse(c[7], CultureInfo.InvariantCulture));
            parks[i].Stops.Add((c[3], int.Parse(c[4], CultureInfo.InvariantCulture), stop));
        }
        return new CommuteBusRoutes([.. parks.Select(p => new IndustrialPark(p.Id, p.Name, p.Aliases,
            [.. p.Stops.GroupBy(s => s.Route).Select(g => new BusRoute(g.Key, [.. g.OrderBy(s => s.Seq).Select(s => s.Stop)]))]))]);
    }

    /// <summary>Index of the park named by an opening, or -1.</summary>
    public int IndexOf(string? park) =>
        park is not null && _byAlias.TryGetValue(Normalise(park), out int i) ? i : -1;

    /// <summary>Bit per park whose route has a stop within <paramref name="radiusMeters"/> of the point.</summary>
    internal ushort ReachableMask(double lat, double lon, double radiusMeters)
    {
        ushort mask = 0;
        double km = radiusMeters / 1000;
        // Most people live nowhere near a stop: a box test spares the haversines.
        double marginLat = km / Geo.KmPerDegree, marginLon = marginLat / Math.Max(0.01, Geo.CosLat(lat));
        if (lat < _minLat - marginLat || lat > _maxLat + marginLat || lon < _minLon - marginLon || lon > _maxLon + marginLon) return 0;
        for (int i = 0; i < Parks.Count; i++)
            foreach (var route in Parks[i].Routes)
                foreach (var stop in route.Stops)
                    if (Geo.HaversineKm(lat, lon, stop.Latitude, stop.Longitude) <= km)
                        mask |= (ushort)(1 << i);
        return mask;
    }

    private static string Normalise(string s) => string.Concat(s.Where(ch => !char.IsWhiteSpace(ch)));
}
