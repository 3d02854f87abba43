using System.Text;
using Matching.Cli;
using Matching.IntegrationTests.Infrastructure;

namespace Matching.IntegrationTests.Cli;

/// <summary>The operator tool drives the same API: an import with progress and a rejected-lines file, then the CSV export.</summary>
public sealed class CliTests : IClassFixture<MatchingApiFactory>
{
    private readonly MatchingApiFactory factory;

    public CliTests(MatchingApiFactory factory) => this.factory = factory;

    private Task<int> RunAsync(StringWriter output, StringWriter error, params string[] args) =>
        Commands.RunAsync([.. args, "--url", "http://localhost", "--email", MatchingApiFactory.AdminEmail, "--password", MatchingApiFactory.AdminPassword],
            output, error, factory.Server.CreateHandler());

    [Fact]
    public async Task Import_reports_progress_and_rejected_lines_and_stats_export_writes_excel_ready_csv()
    {
        var folder = Directory.CreateTempSubdirectory("matching-cli-");
        try
        {
            var file = Path.Combine(folder.FullName, "placements.ndjson");
            await File.WriteAllTextAsync(file, Imports.Ndjson(
            [
                new { hiredOn = "2021-03-10", gender = "Female", birthYear = 1970, occupation = "5501", registeredOn = "2021-02-01" },
                new { hiredOn = "2021-03-10", gender = "Unknown", birthYear = 1970, registeredOn = "2021-02-01" },
                new { hiredOn = "2021-05-10", gender = "Male", birthYear = 1999, registeredOn = "2021-02-01" },
            ]));
            var output = new StringWriter();
            var error = new StringWriter();

            Assert.Equal(0, await RunAsync(output, error, "import", "placements", file));
            Assert.Contains("Completed", output.ToString());
            Assert.Contains("3 processed, 2 accepted, 1 rejected", output.ToString());
            var errors = await File.ReadAllLinesAsync(file + ".errors.csv");
            Assert.Equal(["줄,사유", "2,\"gender: Male, Female 중 하나여야 합니다.\""], errors);

            var csv = Path.Combine(folder.FullName, "stats.csv");
            Assert.Equal(0, await RunAsync(output, error, "stats", "--from", "2021-01-01", "--to", "2021-12-31", "--out", csv));
            var bytes = await File.ReadAllBytesAsync(csv);
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
            Assert.Contains("전체,total,전체,0,0,,2,\r\n", Encoding.UTF8.GetString(bytes));
            Assert.Equal("", error.ToString());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_bad_request_prints_the_apis_problem_and_exits_non_zero()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(1, await RunAsync(output, error, "stats", "--from", "2021-12-31", "--to", "2021-01-01"));
        Assert.Contains("400", error.ToString());
        Assert.Contains("to", error.ToString());
        Assert.Equal(2, await Commands.RunAsync([], output, error));
    }

    [Fact]
    public async Task Help_names_every_command_and_option_and_tab_completion_offers_the_import_kinds()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(0, await Commands.RunAsync(["--help"], output, error));
        foreach (var word in new[] { "import", "import-status", "stats", "reindex", "--url", "MATCHING_URL", "--email", "MATCHING_EMAIL", "--password", "MATCHING_PASSWORD" })
        {
            Assert.Contains(word, output.ToString());
        }

        var stats = new StringWriter();
        Assert.Equal(0, await Commands.RunAsync(["stats", "--help"], stats, error));
        foreach (var option in new[] { "--from", "--to", "--year-on-year", "--out" })
        {
            Assert.Contains(option, stats.ToString());
        }

        // What the dotnet-suggest shim asks for when Tab is pressed after "matching import ".
        var suggested = new StringWriter();
        Assert.Equal(0, await Commands.RunAsync(["[suggest:16]", "matching import "], suggested, error));
        var words = suggested.ToString().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Superset(new HashSet<string>(["seekers", "openings", "placements"]), words.ToHashSet());
        Assert.Equal("", error.ToString());
    }
}
