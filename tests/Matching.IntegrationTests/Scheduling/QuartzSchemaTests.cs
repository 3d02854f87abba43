using System.Text.RegularExpressions;
using Matching.Infrastructure.Scheduling;
using Quartz;

namespace Matching.IntegrationTests.Scheduling;

/// <summary>
/// Our PostgreSQL script for the qrtz_* tables against the one the referenced Quartz ships inside its
/// assembly: same tables, same columns. Runs without a server, so a Quartz upgrade that adds a column
/// fails here and not only where PostgreSQL is at hand (where Quartz's own start-up check also catches it).
/// </summary>
public sealed partial class QuartzSchemaTests
{
    [Fact]
    public void Our_postgresql_script_has_every_table_and_column_quartz_expects()
    {
        using var stream = typeof(IJob).Assembly.GetManifestResourceStream("Quartz.Impl.AdoJobStore.Schema.create_postgres.sql");
        Assert.NotNull(stream);
        var quartz = Columns(new StreamReader(stream).ReadToEnd().Replace("{0}", "qrtz_", StringComparison.Ordinal));

        var ours = Columns(QuartzSchema.Script());

        Assert.Equal(15, quartz.Select(c => c.Table).Distinct().Count());
        Assert.InRange(quartz.Count, 150, 250);
        Assert.Equal(quartz.Order(), ours.Order());
    }

    [Fact]
    public void Our_postgresql_script_only_creates_what_is_missing()
    {
        var statements = StatementStart().Matches(QuartzSchema.Script()).Select(m => m.Value).ToList();
        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.Matches("^CREATE (TABLE|INDEX) IF NOT EXISTS", s));
    }

    private static List<(string Table, string Column)> Columns(string script)
    {
        var columns = new List<(string, string)>();
        foreach (Match table in Table().Matches(script))
        {
            foreach (var line in table.Groups["body"].Value.Split('\n'))
            {
                var column = ColumnLine().Match(line);
                if (column.Success && column.Groups[1].Value.ToLowerInvariant() is not ("primary" or "foreign"))
                {
                    columns.Add((table.Groups["name"].Value.ToLowerInvariant(), column.Groups[1].Value.ToLowerInvariant()));
                }
            }
        }

        return columns;
    }

    [GeneratedRegex(@"CREATE TABLE IF NOT EXISTS (?<name>\w+) \((?<body>.*?)(\n\);|\n--;;)", RegexOptions.Singleline)]
    private static partial Regex Table();

    [GeneratedRegex(@"^\s+(\w+)\s+\w+")]
    private static partial Regex ColumnLine();

    [GeneratedRegex(@"^CREATE[^\n]*", RegexOptions.Multiline)]
    private static partial Regex StatementStart();
}
