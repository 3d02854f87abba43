namespace Matching.Cli;

/// <summary>Positional words and <c>--name value</c> options, parsed by hand (System.CommandLine is not in the registry copy).</summary>
public sealed class CliArgs
{
    private readonly Dictionary<string, string?> options = new(StringComparer.Ordinal);

    public CliArgs(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].StartsWith("--", StringComparison.Ordinal))
            {
                var name = list[i][2..];
                var eq = name.IndexOf('=', StringComparison.Ordinal);
                if (eq >= 0)
                {
                    options[name[..eq]] = name[(eq + 1)..];
                }
                else if (i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    options[name] = list[++i];
                }
                else
                {
                    options[name] = null;
                }
            }
            else
            {
                Positional.Add(list[i]);
            }
        }
    }

    public List<string> Positional { get; } = [];

    public bool Has(string name) => options.ContainsKey(name);

    public string? Get(string name, string? environment = null, string? fallback = null) =>
        options.TryGetValue(name, out var value) && value is not null
            ? value
            : (environment is null ? null : Environment.GetEnvironmentVariable(environment)) ?? fallback;
}
