namespace Matching.Application.Occupations;

/// <summary><c>path</c> names the item's ancestors and the item, 대분류 first ("보건·의료직 > … > 요양보호사").</summary>
public sealed record OccupationDto(string Code, int Level, string Name, string? ParentCode, string Path);

public sealed record OccupationDetail(string Code, int Level, string Name, string? ParentCode, string Path, IReadOnlyList<OccupationDto> Children);
