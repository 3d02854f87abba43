using System.CommandLine;
using System.Text;

namespace Matching.Cli;

/// <summary><c>stats</c>: the 일자리 공시 tables of a period as CSV, to a file (UTF-8 with a BOM, for Excel) or to the console.</summary>
public static class StatsCommand
{
    public static Command Create(CommandContext context)
    {
        var from = new Option<string>("--from") { Description = "first day, yyyy-MM-dd", Required = true };
        var to = new Option<string>("--to") { Description = "last day, yyyy-MM-dd", Required = true };
        var yearOnYear = new Option<bool>("--year-on-year") { Description = "the period against the same dates a year earlier (증감, 증감률)" };
        var output = new Option<string?>("--out") { Description = "write the CSV to this file instead of the console" };
        var command = new Command("stats", "the 일자리 공시 tables (직종, 성별, 연령대, total) as CSV") { from, to, yearOnYear, output };
        command.SetAction((parse, _) => context.RunAsync(parse, async api =>
        {
            var route = parse.GetValue(yearOnYear) ? "labour-market/year-on-year" : "labour-market";
            var response = await api.Http.GetAsync(
                $"/api/stats/{route}?from={Uri.EscapeDataString(parse.GetValue(from)!)}&to={Uri.EscapeDataString(parse.GetValue(to)!)}&format=csv");
            await ApiClient.EnsureAsync(response);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            if (parse.GetValue(output) is { } path)
            {
                // Written as received: UTF-8 with the byte-order mark Excel needs.
                await File.WriteAllBytesAsync(path, bytes);
                await context.Output.WriteLineAsync($"wrote {path} ({bytes.Length:N0} bytes)");
            }
            else
            {
                await context.Output.WriteAsync(new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF'));
            }

            return 0;
        }));
        return command;
    }
}
