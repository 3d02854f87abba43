using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Matching.Domain.Regions;

/// <summary>The 시도 and 시군구 of Korea with approximate centroids, read from the embedded regions.tsv.</summary>
public sealed class RegionCatalog
{
    internal const string ResourceName = "Matching.Domain.Data.regions.tsv";

    private static readonly Lazy<RegionCatalog> korea = new(LoadEmbedded);

    private readonly Dictionary<string, string> sidoByAlias = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (double Latitude, double Longitude)> centroids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Region[]> currentBySido = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Region[]> allBySido = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Sido, string Sigungu), Region> byName = [];

    internal RegionCatalog(
        IReadOnlyList<(string Sido, double Latitude, double Longitude)> sidos,
        IReadOnlyList<Region> regions)
    {
        foreach (var (sido, latitude, longitude) in sidos)
        {
            if (!centroids.TryAdd(sido, (latitude, longitude)))
                throw new ArgumentException($"시도 '{sido}' is listed twice.", nameof(sidos));
        }
        Sidos = sidos.Select(s => s.Sido).ToArray();

        foreach (var (official, alias) in SidoNames.All)
        {
            if (centroids.ContainsKey(official))
                sidoByAlias[SidoNames.Compact(alias)] = official;
        }
        // Sidos not in the alias table (a test catalogue, say) still resolve by their own name.
        foreach (var sido in Sidos)
            sidoByAlias.TryAdd(SidoNames.Compact(sido), sido);

        foreach (var region in regions)
        {
            if (!centroids.ContainsKey(region.Sido))
                throw new ArgumentException($"'{region.Sigungu}' names an unknown 시도 '{region.Sido}'.", nameof(regions));
            if (!byName.TryAdd((region.Sido, SidoNames.Compact(region.Sigungu)), region))
                throw new ArgumentException($"'{region.Sido} {region.Sigungu}' is listed twice.", nameof(regions));
        }
        foreach (var sido in Sidos)
        {
            allBySido[sido] = regions.Where(r => r.Sido == sido).ToArray();
            currentBySido[sido] = allBySido[sido].Where(r => !r.IsLegacy).ToArray();
        }
    }

    /// <summary>The catalogue shipped with the domain (current as of 2026-07-01).</summary>
    public static RegionCatalog Korea => korea.Value;

    /// <summary>The official full names of the 시도, in 행정구역 code order (서울특별시 … 제주특별자치도).</summary>
    public IReadOnlyList<string> Sidos { get; }

    /// <summary>Accepts the official name or a common short form (서울, 서울시, 경기, 강원도, 전라북도 …).</summary>
    public bool TryNormalizeSido(string? input, out string sido)
    {
        sido = string.Empty;
        if (string.IsNullOrWhiteSpace(input))
            return false;
        if (!sidoByAlias.TryGetValue(SidoNames.Compact(input), out var official))
            return false;
        sido = official;
        return true;
    }

    /// <summary>
    /// Finds a 시군구 by name, ignoring whitespace ("수원시장안구" finds "수원시 장안구"). The 시도 may be
    /// a short form. Legacy names are found too; check <see cref="Region.IsLegacy"/>.
    /// </summary>
    public bool TryFind(string? sido, string? sigungu, [MaybeNullWhen(false)] out Region region)
    {
        region = null;
        if (!TryNormalizeSido(sido, out var official))
            return false;

        var key = string.IsNullOrWhiteSpace(sigungu) ? string.Empty : SidoNames.Compact(sigungu);
        if (byName.TryGetValue((official, key), out var found))
        {
            region = found;
            return true;
        }

        // 세종 has no 시군구: an empty sigungu, or the city's own name in any spelling, means the whole city.
        var entries = currentBySido[official];
        var namesTheSidoItself = key.Length == 0
            || (sidoByAlias.TryGetValue(key, out var sidoOfKey) && sidoOfKey == official);
        if (entries.Length == 1 && namesTheSidoItself)
        {
            region = entries[0];
            return true;
        }
        return false;
    }

    /// <summary>The 시군구 of a 시도 in file order; empty for an unknown 시도.</summary>
    public IReadOnlyList<Region> SigunguOf(string? sido, bool includeLegacy = false)
    {
        if (!TryNormalizeSido(sido, out var official))
            return [];
        return includeLegacy ? allBySido[official] : currentBySido[official];
    }

    /// <summary>The centroid of a 시도: its city hall for a city, an approximate centre for a 도.</summary>
    /// <exception cref="ArgumentException">The 시도 is not known.</exception>
    public (double Latitude, double Longitude) CentroidOf(string sido)
    {
        if (!TryNormalizeSido(sido, out var official))
            throw new ArgumentException($"Unknown 시도 '{sido}'.", nameof(sido));
        return centroids[official];
    }

    /// <summary>Reads regions.tsv: sido, sigungu (empty for the 시도 row), latitude, longitude, status.</summary>
    internal static RegionCatalog Parse(TextReader reader)
    {
        var sidos = new List<(string, double, double)>();
        var regions = new List<Region>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0)
                continue;

            var fields = line.Split('\t');
            if (fields.Length is < 4 or > 5)
                throw Invalid(lineNumber, $"expected 4 or 5 fields, found {fields.Length}");
            var sido = fields[0].Trim();
            var sigungu = fields[1].Trim();
            var latitude = ParseDegrees(fields[2], lineNumber);
            var longitude = ParseDegrees(fields[3], lineNumber);
            var status = fields.Length == 5 ? fields[4].Trim() : string.Empty;
            if (status is not ("" or "legacy"))
                throw Invalid(lineNumber, $"unknown status '{status}'");
            if (!KoreaBounds.Contains(latitude, longitude))
                throw Invalid(lineNumber, $"{latitude}, {longitude} is outside Korea");

            if (sigungu.Length == 0)
                sidos.Add((sido, latitude, longitude));
            else
                regions.Add(new Region(sido, sigungu, latitude, longitude) { IsLegacy = status == "legacy" });
        }
        return new RegionCatalog(sidos, regions);
    }

    private static double ParseDegrees(string text, int lineNumber) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Invalid(lineNumber, $"'{text}' is not a number");

    private static InvalidDataException Invalid(int lineNumber, string message) =>
        new($"{ResourceName}, line {lineNumber}: {message}.");

    private static RegionCatalog LoadEmbedded()
    {
        using var stream = typeof(RegionCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
