using System.Net;
using System.Text;
using Matching.IntegrationTests.Infrastructure;

namespace Matching.IntegrationTests.Import;

/// <summary>What the import page shows of a job, through the same use cases: the earlier imports, and the rejected lines as a file.</summary>
public sealed class ImportHistoryTests : IClassFixture<MatchingApiFactory>
{
    private readonly MatchingApiFactory factory;

    public ImportHistoryTests(MatchingApiFactory factory) => this.factory = factory;

    [Fact]
    public async Task The_rejected_lines_download_as_csv_with_line_numbers_and_reasons_and_jobs_list_newest_first()
    {
        var client = await factory.LoginAsync();
        var first = await Imports.RunAsync(client, "placements", "hiredOn,gender,birthYear,occupation,registeredOn\n"
            + "2021-03-10,Female,1970,5501,2021-02-01\n"
            + "2021-03-10,Unknown,1970,,2021-02-01\n"
            + "2021-01-10,Male,1980,,2021-02-01\n", "text/csv");
        var second = await Imports.RunAsync(client, "placements", Imports.Ndjson([new { hiredOn = "2021-05-10", gender = "Male", birthYear = 1999, registeredOn = "2021-02-01" }]));

        var file = await client.GetAsync($"/api/import/{first.GetProperty("id").GetGuid()}/rejected");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("text/csv", file.Content.Headers.ContentType?.MediaType);
        var bytes = await file.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("줄,사유", lines[0]);
        Assert.Equal("3,\"gender: Male, Female 중 하나여야 합니다.\"", lines[1]);
        Assert.StartsWith("4,hiredOn:", lines[2]);
        Assert.Equal(3, lines.Length);

        var jobs = await HttpAssert.JsonAsync(await client.GetAsync("/api/import?take=2"), HttpStatusCode.OK);
        Assert.Equal([second.GetProperty("id").GetGuid(), first.GetProperty("id").GetGuid()], jobs.EnumerateArray().Select(j => j.GetProperty("id").GetGuid()));
        await HttpAssert.ProblemAsync(await client.GetAsync($"/api/import/{Guid.NewGuid()}/rejected"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_job_and_the_list_of_jobs_answer_the_same_fields_and_only_the_job_lists_its_errors()
    {
        var client = await factory.LoginAsync();
        var done = await Imports.RunAsync(client, "placements", Imports.Ndjson([new { hiredOn = "2021-05-10", gender = "Other", birthYear = 1999, registeredOn = "2021-02-01" }]));
        var id = done.GetProperty("id").GetGuid();

        var job = await HttpAssert.JsonAsync(await client.GetAsync($"/api/import/{id}"), HttpStatusCode.OK);
        var listed = (await HttpAssert.JsonAsync(await client.GetAsync("/api/import?take=200"), HttpStatusCode.OK))
            .EnumerateArray().Single(j => j.GetProperty("id").GetGuid() == id);

        string[] fields = ["id", "kind", "format", "state", "totalLines", "processed", "accepted", "rejected", "failure", "createdAt", "completedAt"];
        Assert.Equal([.. fields, "errors"], job.EnumerateObject().Select(p => p.Name));
        Assert.Equal(fields, listed.EnumerateObject().Select(p => p.Name));
        foreach (var field in fields)
        {
            Assert.Equal(job.GetProperty(field).GetRawText(), listed.GetProperty(field).GetRawText());
        }

        Assert.Equal("""{"id":"%ID%","kind":"Placements","format":"Ndjson","state":"Completed","totalLines":1,"processed":1,"accepted":0,"rejected":1,"failure":null}""",
            "{" + string.Join(",", job.EnumerateObject().Take(9).Select(p => $"\"{p.Name}\":{p.Value.GetRawText()}")).Replace(id.ToString(), "%ID%") + "}");
        var error = Assert.Single(job.GetProperty("errors").EnumerateArray());
        Assert.Equal(["line", "message"], error.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, error.GetProperty("line").GetInt32());
    }
}
