using Matching.Domain.Profiles;

namespace Matching.Api.Import;

/// <summary>A historical placement (취업): counted in 취업건수; without an occupation it counts in totals only.</summary>
public sealed record PlacementLine(DateOnly? HiredOn, Gender? Gender, int? BirthYear, string? Occupation, DateOnly? RegisteredOn);
