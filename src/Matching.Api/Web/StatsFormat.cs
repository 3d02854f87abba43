using Matching.Domain.Statistics;

namespace Matching.Api.Web;

/// <summary>How the 일자리 공시 figures read on the manager's page: counts with thousands separators, ratios and rates to one decimal as published.</summary>
public static class StatsFormat
{
    public static string Count(decimal? value) => value is { } v ? v.ToString("N0", Korean.Culture) : "-";

    public static string Ratio(decimal? value) => value is { } v ? v.ToString("0.0", Korean.Culture) : "-";

    public static string Value(decimal? value, bool isCount) => isCount ? Count(value) : Ratio(value);

    /// <summary>"전년 37,586 · −6,042 (−16.1%)", "전년 0.6 · −0.1", "전년 31.1 · +0.2%p".</summary>
    public static string Change(Change change, bool isCount, bool isRate)
    {
        var previous = Value(change.Previous, isCount);
        if (change.Difference is not { } d)
        {
            return $"전년 {previous}";
        }

        var difference = isCount ? d.ToString("+#,0;-#,0;0", Korean.Culture) : d.ToString("+0.0;-0.0;0.0", Korean.Culture);
        var suffix = isRate ? "%p" : change.Rate is { } r ? $" ({r.ToString("+0.0;-0.0;0.0", Korean.Culture)}%)" : "";
        return $"전년 {previous} · {difference}{suffix}";
    }
}
