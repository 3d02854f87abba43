using System.Globalization;
using static Matching.Benchmarks.BenchArgs;

namespace Matching.UnitTests.Benchmarks;

/// <summary>
/// The benches' one argument reader (compiled in from bench/Matching.Benchmarks) reads every option as the seven
/// readers it replaced did: the value after the first <c>--name</c>, the default when the name is missing or last.
/// </summary>
public class BenchArgsTests
{
    // The replaced readers, as each bench carried them (string and int forms were the same lines with int.Parse).
    private static string OldString(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    private static int OldInt(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    public static TheoryData<string[]> Lines() => new()
    {
        Array.Empty<string>(),
        new[] { "--seekers", "5000000", "--openings", "500000", "--verify", "3" },
        new[] { "--seekers", "10", "--seekers", "20" },
        new[] { "--url", "http://localhost:5500", "--seekers" },
        new[] { "--tied", "--threshold", "50", "--password", "secret", "--email", "x@y" },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Every_option_reads_as_before(string[] args)
    {
        foreach (var (name, fallback) in new[] { ("--seekers", 1_000_000), ("--openings", 100_000), ("--verify", 3), ("--threshold", 60), ("--first-page", 200) })
        {
            Assert.Equal(OldInt(args, name, fallback), Arg(args, name, fallback));
        }

        foreach (var name in new[] { "--url", "--email", "--password", "--store", "--k" })
        {
            Assert.Equal(OldString(args, name, "default"), Arg(args, name, "default"));
            Assert.Equal(OldString(args, name, null!), Value(args, name));
        }

        var password = Environment.GetEnvironmentVariable("MATCHING_PASSWORD") ?? "";
        Assert.Equal((OldString(args, "--url", "http://localhost:5080"), OldString(args, "--email", "admin@matching.local"), OldString(args, "--password", password)), Api(args));
    }
}
