using Matching.Domain.Profiles;

namespace Matching.Domain.Statistics;

/// <summary>Openings registered in the period: <paramref name="Headcount"/> people sought in <paramref name="Occupation"/>.</summary>
public readonly record struct OpeningFact(string? Occupation, int Headcount);

/// <summary>
/// <paramref name="Count"/> people of one kind: a seeker registered in the period (under their first
/// desired occupation), or a placement in the period (under the occupation they were placed in).
/// Age is counted at registration.
/// </summary>
public readonly record struct PersonFact(string? Occupation, Gender Gender, int BirthYear, DateOnly RegisteredOn, int Count = 1);
