using System.Globalization;

namespace Matching.Benchmarks;

/// <summary>The console benches' options: <c>--name value</c>, read from the first <c>--name</c>; a missing one takes its default.</summary>
internal static class BenchArgs
{
    public static string? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    public static string Arg(string[] args, string name, string fallback) => Value(args, name) ?? fallback;

    public static int Arg(string[] args, string name, int fallback) =>
        Value(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    /// <summary>The API a bench drives and the account it signs in with (<c>--password</c> or MATCHING_PASSWORD).</summary>
    public static (string Url, string Email, string Password) Api(string[] args) =>
        (Arg(args, "--url", "http://localhost:5080"), Arg(args, "--email", "admin@matching.local"),
            Arg(args, "--password", Environment.GetEnvironmentVariable("MATCHING_PASSWORD") ?? ""));
}
