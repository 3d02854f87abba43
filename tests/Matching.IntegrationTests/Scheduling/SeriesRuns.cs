using Matching.Infrastructure.Scheduling;

namespace Matching.IntegrationTests.Scheduling;

/// <summary>The series job's runs, read from its one log line per run.</summary>
public sealed record SeriesRunLine(Guid SeriesId, int Created, int Existing)
{
    public static IReadOnlyList<SeriesRunLine> From(IEnumerable<LogCapture.Entry> entries) => entries
        .Where(e => e.Category == typeof(SeriesJob).FullName && e.Values.ContainsKey("Created"))
        .Select(e => new SeriesRunLine((Guid)e.Values["SeriesId"]!, (int)e.Values["Created"]!, (int)e.Values["Existing"]!))
        .ToList();
}
