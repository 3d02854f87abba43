using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Matching.Infrastructure.Store;
using Matching.IntegrationTests.Infrastructure;
using Matching.IntegrationTests.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Import;

public sealed class ImportApiTests : IClassFixture<MatchingApiFactory>
{
    private readonly MatchingApiFactory factory;

    public ImportApiTests(MatchingApiFactory factory) => this.factory = factory;

    private static Dictionary<string, object?> Seeker(string name, Action<Dictionary<string, object?>>? change = null)
    {
        var body = Bodies.Seeker();
        body["name"] = name;
        body["registeredOn"] = "2024-05-02";
        change?.Invoke(body);
        return body;
    }

    [Fact]
    public async Task Every_bad_seeker_line_is_reported_by_number_and_field_and_the_good_ones_are_kept()
    {
        var client = await factory.LoginAsync();
        string[] lines =
        [
            Imports.Ndjson([Seeker("가져옴일")]),
            "{\"name\": ",
            Imports.Ndjson([Seeker("형식오류", b => b["birthYear"] = "천구백")]),
            Imports.Ndjson([Seeker("x", b => b.Remove("name"))]),
            Imports.Ndjson([Seeker("어린이", b => b["birthYear"] = 2015)]),
            Imports.Ndjson([Seeker("전화오류", b => b["phone"] = "12-34")]),
            Imports.Ndjson([Seeker("메일오류", b => b["email"] = "not-an-email")]),
            Imports.Ndjson([Seeker("직종오류", b => b["desiredOccupations"] = new[] { "9999" })]),
            Imports.Ndjson([Seeker("등록일없음", b => b.Remove("registeredOn"))]),
            Imports.Ndjson([Seeker("미래등록", b => b["registeredOn"] = "2999-01-01")]),
            Imports.Ndjson([Seeker("주소오류", b => b["address"] = new { sido = "화성특별시", sigungu = "서구" })]),
            Imports.Ndjson([Seeker("성별오류", b => b["gender"] = "X")]),
            "",
            Imports.Ndjson([Seeker("가져옴이")]),
            Imports.Ndjson([Seeker("임금오류", b => b["desiredWage"] = new { unit = "Monthly", amount = 0 })]),
            Imports.Ndjson([Seeker("직종많음", b => b["desiredOccupations"] = new[] { "5501", "0231", "6211", "8531" })]),
            Imports.Ndjson([Seeker("가져옴삼")]),
        ];

        var job = await Imports.RunAsync(client, "seekers", string.Join("\n", lines) + "\n");

        Assert.Equal("Completed", job.GetProperty("state").GetString());
        Assert.Equal((16, 3, 13), (Int(job, "processed"), Int(job, "accepted"), Int(job, "rejected")));
        var errors = Errors(job);
        Assert.Equal([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 16], errors.Keys);
        Assert.Contains("JSON", errors[2]);
        Assert.Equal("birthYear: 정수여야 합니다(예: 1990).", errors[3]);
        Assert.StartsWith("name:", errors[4]);
        Assert.StartsWith("birthYear:", errors[5]);
        Assert.StartsWith("phone:", errors[6]);
        Assert.StartsWith("email:", errors[7]);
        Assert.StartsWith("desiredOccupations[0]:", errors[8]);
        Assert.StartsWith("registeredOn:", errors[9]);
        Assert.Contains("registeredOn:", errors[10]);
        Assert.StartsWith("address.sido:", errors[11]);
        Assert.Equal("gender: Male, Female 중 하나여야 합니다.", errors[12]);
        Assert.StartsWith("desiredWage.amount:", errors[15]);
        Assert.StartsWith("desiredOccupations:", errors[16]);

        var found = await HttpAssert.JsonAsync(await client.GetAsync("/api/seekers?q=가져옴"), HttpStatusCode.OK);
        Assert.Equal(3, found.GetArrayLength());
        Assert.All(found.EnumerateArray(), s => Assert.Equal("2024-05-02", s.GetProperty("registeredOn").GetString()));
    }

    [Fact]
    public async Task A_csv_file_reads_json_paths_from_its_header_and_reports_lines_counting_the_header()
    {
        var client = await factory.LoginAsync();
        const string csv = """
            name,birthYear,gender,phone,address.sido,address.sigungu,desiredOccupations[],desiredWage.unit,desiredWage.amount,employmentTypes[],consentToMatching,registeredOn
            씨에스브이일,1970,Female,010-2222-3333,인천광역시,서구,5501,Monthly,2300000,Permanent;PartTime,true,2024-02-01
            "씨에스브이, 이",1985,Male,,인천광역시,서구,0231;5501,,,Permanent,예,2024-03-01
            칸부족,1980,Male
            동의오류,1980,Male,,인천광역시,서구,5501,,,,아마도,2024-03-01
            연도오류,천구백,Male,,인천광역시,서구,5501,,,,true,2024-03-01
            """;

        var job = await Imports.RunAsync(client, "seekers", csv, "text/csv");

        Assert.True((5, 2, 3) == (Int(job, "processed"), Int(job, "accepted"), Int(job, "rejected")), job.ToString());
        var errors = Errors(job);
        Assert.Equal([4, 5, 6], errors.Keys);
        Assert.Contains("칸 수", errors[4]);
        Assert.StartsWith("consentToMatching:", errors[5]);
        Assert.StartsWith("birthYear:", errors[6]);
        var found = await HttpAssert.JsonAsync(await client.GetAsync("/api/seekers?q=씨에스브이"), HttpStatusCode.OK);
        var second = found.EnumerateArray().Single(s => s.GetProperty("name").GetString() == "씨에스브이, 이");
        Assert.Equal(["0231", "5501"], second.GetProperty("desiredOccupations").EnumerateArray().Select(o => o.GetString()));
    }

    [Fact]
    public async Task Historical_openings_are_checked_against_their_posting_date_and_closed_ones_import_closed()
    {
        var client = await factory.LoginAsync();
        var employer = await HttpAssert.JsonAsync(await client.PostAsJsonAsync("/api/employers", Bodies.Employer(Bodies.BusinessNumber(2024))), HttpStatusCode.Created);
        var employerId = employer.GetProperty("id").GetGuid();
        Dictionary<string, object?> Opening(Action<Dictionary<string, object?>>? change = null)
        {
            var body = Bodies.Opening(employerId);
            body["postedOn"] = "2024-03-04";
            body["closesOn"] = "2024-03-31";
            body["wage"] = new { unit = "Hourly", min = 9_900 }; // 2024's 최저임금 is 9,860; 2026's is 10,320
            change?.Invoke(body);
            return body;
        }

        var job = await Imports.RunAsync(client, "openings", Imports.Ndjson(
        [
            Opening(),
            Opening(b => b["wage"] = new { unit = "Hourly", min = 9_800 }),
            Opening(b => b["employerId"] = Guid.NewGuid()),
            Opening(b => b.Remove("postedOn")),
            Opening(b => b["headcount"] = 0),
            Opening(b => b["closesOn"] = "2024-03-01"),
        ]));

        Assert.Equal((6, 1, 5), (Int(job, "processed"), Int(job, "accepted"), Int(job, "rejected")));
        var errors = Errors(job);
        Assert.StartsWith("wage.min:", errors[2]);
        Assert.StartsWith("employerId:", errors[3]);
        Assert.Contains("postedOn:", errors[4]);
        Assert.StartsWith("headcount:", errors[5]);
        Assert.StartsWith("closesOn:", errors[6]);
        var openings = await HttpAssert.JsonAsync(await client.GetAsync($"/api/employers/{employerId}/openings"), HttpStatusCode.OK);
        var opening = Assert.Single(openings.EnumerateArray());
        Assert.Equal("Closed", opening.GetProperty("status").GetString());
        Assert.Equal("2024-03-04", opening.GetProperty("postedOn").GetString());
    }

    [Fact]
    public async Task Placements_without_an_occupation_import_and_bad_ones_are_reported()
    {
        var client = await factory.LoginAsync();
        var job = await Imports.RunAsync(client, "placements", Imports.Ndjson(
        [
            new { hiredOn = "2022-03-10", gender = "Female", birthYear = 1970, occupation = "5501", registeredOn = "2022-02-01" },
            new { hiredOn = "2022-04-10", gender = "Male", birthYear = 1990, registeredOn = "2022-02-01" },
            new { hiredOn = "2022-01-10", gender = "Male", birthYear = 1990, registeredOn = "2022-02-01" },
            new { hiredOn = "2022-04-10", gender = "Male", birthYear = 1990, occupation = "12345", registeredOn = "2022-02-01" },
            new { hiredOn = "2022-04-10", birthYear = 1990, registeredOn = "2022-02-01" },
            new { hiredOn = "2022-04-10", gender = "Male", birthYear = 2015, registeredOn = "2022-02-01" },
        ]));

        Assert.Equal((6, 2, 4), (Int(job, "processed"), Int(job, "accepted"), Int(job, "rejected")));
        var errors = Errors(job);
        Assert.StartsWith("hiredOn:", errors[3]);
        Assert.StartsWith("occupation:", errors[4]);
        Assert.StartsWith("gender:", errors[5]);
        Assert.StartsWith("birthYear:", errors[6]);
        var stats = await HttpAssert.JsonAsync(await client.GetAsync("/api/stats/labour-market?from=2022-01-01&to=2022-12-31"), HttpStatusCode.OK);
        Assert.Equal(2, stats.GetProperty("total").GetProperty("placements").GetInt32());
        Assert.Equal(1, stats.GetProperty("byOccupation").EnumerateArray().Sum(r => r.GetProperty("placements").GetInt32()));
    }

    [Fact]
    public async Task An_unknown_kind_or_format_is_refused_and_an_unknown_job_is_not_found()
    {
        var client = await factory.LoginAsync();
        await HttpAssert.ProblemAsync(await client.PostAsync("/api/import/seekers", new StringContent("{}", Encoding.UTF8, "application/xml")),
            HttpStatusCode.UnsupportedMediaType);
        await HttpAssert.ProblemAsync(await client.PostAsync("/api/import/employees", new StringContent("{}", Encoding.UTF8, "application/x-ndjson")),
            HttpStatusCode.NotFound);
        await HttpAssert.ProblemAsync(await client.GetAsync($"/api/import/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        var employer = await factory.ClientForRoleAsync("Organiser");
        Assert.Equal(HttpStatusCode.Forbidden, (await employer.PostAsync("/api/import/seekers", new StringContent("{}", Encoding.UTF8, "application/x-ndjson"))).StatusCode);
    }

    /// <summary>
    /// An import commits its chunks with SQLite's NORMAL sync (a power cut may take its last chunks, and the job resumes
    /// from its checkpoint). That setting belongs to the connection, and the pool lends the connection on: a registration
    /// committed on it afterwards would be acknowledged without being synced to disk.
    /// </summary>
    [Fact]
    public async Task After_an_import_every_connection_of_the_store_syncs_each_commit_in_full()
    {
        const long FullSync = 2;
        var client = await factory.LoginAsync();

        var job = await Imports.RunAsync(client, "seekers", Imports.Ndjson([Seeker("동기화일"), Seeker("동기화이"), Seeker("동기화삼")]) + "\n");

        Assert.Equal((3, 3), (Int(job, "processed"), Int(job, "accepted")));
        using var scope = factory.Services.CreateScope();
        var connectionString = scope.ServiceProvider.GetRequiredService<MatchingDbContext>().Database.GetConnectionString()!;
        Assert.All(await PooledConnections.SettingAsync(connectionString, "synchronous"), sync => Assert.Equal(FullSync, sync));
    }

    private static int Int(JsonElement job, string name) => job.GetProperty(name).GetInt32();

    private static SortedDictionary<int, string> Errors(JsonElement job) =>
        new(job.GetProperty("errors").EnumerateArray().ToDictionary(e => e.GetProperty("line").GetInt32(), e => e.GetProperty("message").GetString()!));
}
