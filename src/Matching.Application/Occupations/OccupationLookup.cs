using Matching.Domain.Occupations;

namespace Matching.Application.Occupations;

/// <summary>KECO 2018 look-ups for the occupation API and the intake form's typeahead: the same hits, the same paths.</summary>
public static class OccupationLookup
{
    private static OccupationCatalog Catalog => OccupationCatalog.Keco2018;

    /// <summary>Korean words (요양, 용접, 경리) to the best items; without words, every item of <paramref name="level"/>.</summary>
    public static List<OccupationDto> Search(string? q, int? level, int limit) =>
        (string.IsNullOrWhiteSpace(q)
            ? Catalog.All.Where(o => o.Level == (level ?? 1)).Take(limit)
            : Catalog.Search(q, level, limit).Select(m => m.Occupation))
        .Select(ToDto).ToList();

    public static OccupationDetail? Find(string code)
    {
        if (Catalog.Find(code.Trim()) is not { } item)
        {
            return null;
        }

        var dto = ToDto(item);
        return new OccupationDetail(dto.Code, dto.Level, dto.Name, dto.ParentCode, dto.Path, Catalog.ChildrenOf(item.Code).Select(ToDto).ToList());
    }

    /// <summary>"요양보호사" for a known code, the code itself otherwise.</summary>
    public static string NameOf(string code) => Catalog.Find(code)?.Name ?? code;

    public static OccupationDto ToDto(Occupation o) => new(
        o.Code, o.Level, o.Name, o.ParentCode, string.Join(" > ", Catalog.Ancestors(o.Code).Select(a => a.Name)));
}
