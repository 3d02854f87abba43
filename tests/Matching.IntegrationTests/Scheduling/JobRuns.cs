using System.Globalization;
using System.Text.RegularExpressions;

namespace Matching.IntegrationTests.Scheduling;

/// <summary>The job starts that hosts logged (one line each), read from the output of real processes.</summary>
public sealed partial record JobRun(string JobId, string Job, string Argument, string Server, string? RecurringJobId, DateTimeOffset? FiredAt)
{
    public static List<JobRun> From(params string[] outputs) => outputs
        .SelectMany(o => o.Split('\n'))
        .Select(line => Line().Match(line))
        .Where(m => m.Success)
        .Select(m => new JobRun(
            m.Groups["id"].Value, m.Groups["job"].Value, m.Groups["arg"].Value, m.Groups["server"].Value,
            m.Groups["recurring"].Success ? m.Groups["recurring"].Value : null,
            m.Groups["fired"].Success ? DateTimeOffset.Parse(m.Groups["fired"].Value, CultureInfo.InvariantCulture) : null))
        .ToList();

    [GeneratedRegex(@"Job (?<id>\S+) (?<job>\w+)\((?<arg>[^)]*)\) started on (?<server>[^,\s]+)(, fired by (?<recurring>\S+) at (?<fired>\S+))?")]
    private static partial Regex Line();
}
