using Matching.Application.Common;

namespace Matching.Application.Stats;

/// <summary>One CSV of the tables taken: the file, its period, and the purpose typed (null from an API call without one).</summary>
public sealed record StatsExport(string FileName, StatsPeriod Period, bool YearOnYear, string? Purpose);

/// <summary>Where each export of the tables is recorded, with who took it and when.</summary>
public interface IStatsExportRecords
{
    Task RecordAsync(Actor actor, StatsExport export, CancellationToken ct);
}
