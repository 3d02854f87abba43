using Matching.Application.Occupations;

namespace Matching.Api.Web;

public static class Occupations
{
    /// <summary>"요양보호사, 간병인": a list of codes as a desk reads it.</summary>
    public static string Names(IEnumerable<string> codes) => string.Join(", ", codes.Select(OccupationLookup.NameOf));
}
