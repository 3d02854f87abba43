namespace Matching.Api.Web;

public static class FormText
{
    /// <summary>A list typed as text ("요양보호사 1급, 운전면허"): commas, semicolons or lines separate the items.</summary>
    public static List<string> Items(string? text) =>
        (text ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
