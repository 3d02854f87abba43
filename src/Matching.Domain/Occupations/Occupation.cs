namespace Matching.Domain.Occupations;

/// <summary>
/// One KECO 2018 item. <paramref name="Level"/> is 1 대분류, 2 중분류, 3 소분류 or 4 세분류,
/// and equals the number of digits in <paramref name="Code"/>.
/// </summary>
public sealed record Occupation(string Code, int Level, string? ParentCode, string Name);
