namespace Matching.Api.Live;

/// <summary>Employers get their own group per opening: the same list, anonymised.</summary>
public static class HubGroups
{
    public static string Opening(Guid id) => $"opening:{id}";

    public static string OpeningAnonymised(Guid id) => $"opening:{id}:anonymised";

    public static string Seeker(Guid id) => $"seeker:{id}";
}
