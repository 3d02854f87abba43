using System.Net;
using System.Net.Http.Json;
using Matching.IntegrationTests.Infrastructure;

namespace Matching.IntegrationTests.Profiles;

public sealed class OpeningsApiTests : IClassFixture<MatchingApiFactory>
{
    private static int businessSeed = 1_000;
    private readonly MatchingApiFactory factory;

    public OpeningsApiTests(MatchingApiFactory factory) => this.factory = factory;

    private async Task<Guid> NewEmployerAsync(HttpClient counsellor)
    {
        var body = Bodies.Employer(Bodies.BusinessNumber(Interlocked.Increment(ref businessSeed)));
        return (await HttpAssert.JsonAsync(await counsellor.PostAsJsonAsync("/api/employers", body), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Counsellor_posts_reads_updates_and_deletes_an_opening()
    {
        var client = await factory.ClientForRoleAsync("Counsellor");
        var employerId = await NewEmployerAsync(client);

        var created = await client.PostAsJsonAsync("/api/openings", Bodies.Opening(employerId));
        var opening = await HttpAssert.JsonAsync(created, HttpStatusCode.Created);
        var id = opening.GetProperty("id").GetGuid();
        Assert.Equal("요양 보호사 및 간병인", opening.GetProperty("occupationName").GetString());
        Assert.Equal("(주)청라케어", opening.GetProperty("employerName").GetString());

        var list = await HttpAssert.JsonAsync(await client.GetAsync($"/api/employers/{employerId}/openings"), HttpStatusCode.OK);
        Assert.Equal(id, Assert.Single(list.EnumerateArray()).GetProperty("id").GetGuid());

        var body = Bodies.Opening(employerId);
        body["headcount"] = 5;
        var updated = await HttpAssert.JsonAsync(
            await client.PutWithVersionAsync($"/api/openings/{id}", body, created.Headers.ETag!.Tag), HttpStatusCode.OK);
        Assert.Equal(5, updated.GetProperty("headcount").GetInt32());
        await HttpAssert.ProblemAsync(
            await client.PutWithVersionAsync($"/api/openings/{id}", body, created.Headers.ETag!.Tag), HttpStatusCode.PreconditionFailed);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/openings/{id}")).StatusCode);
        await HttpAssert.ProblemAsync(await client.GetAsync($"/api/openings/{id}"), HttpStatusCode.NotFound);
    }

    public static TheoryData<string, object?, string> BadFields => new()
    {
        { "title", "", "title" },
        { "title", new string('가', 101), "title" },
        { "occupation", "12345", "occupation" },
        { "headcount", 0, "headcount" },
        // 2026 최저임금 is 10,320 an hour; 10,319 is one won short.
        { "wage", new { unit = "Hourly", min = 10_319 }, "wage.min" },
        { "wage", new { unit = "Monthly", min = 2_156_879 }, "wage.min" },
        { "wage", new { unit = "Hourly", min = 12_000, max = 11_000 }, "wage.max" },
        { "wage", new { min = 12_000 }, "wage.unit" },
        { "employmentType", "Freelance", "employmentType" },
        { "closesOn", "2020-01-01", "closesOn" },
        { "closesOn", null, "closesOn" },
        { "workHours", 80, "workHours" },
        { "employerId", Guid.NewGuid(), "employerId" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task A_bad_opening_field_gets_a_400_naming_it(string field, object? value, string expected)
    {
        var client = await factory.ClientForRoleAsync("Counsellor");
        var body = Bodies.Opening(await NewEmployerAsync(client));
        body[field] = value;
        await HttpAssert.ValidationErrorAsync(await client.PostAsJsonAsync("/api/openings", body), expected);
    }

    [Fact]
    public async Task A_wage_at_exactly_the_minimum_is_accepted()
    {
        var client = await factory.ClientForRoleAsync("Counsellor");
        var body = Bodies.Opening(await NewEmployerAsync(client));
        var year = Bodies.Today.Year;
        body["wage"] = new { unit = "Hourly", min = year >= 2026 ? 10_320 : 10_030 };
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/openings", body)).StatusCode);
    }

    [Fact]
    public async Task An_employer_manages_its_own_openings_and_no_one_elses()
    {
        var counsellor = await factory.ClientForRoleAsync("Counsellor");
        var own = await NewEmployerAsync(counsellor);
        var other = await NewEmployerAsync(counsellor);
        var employer = await factory.ClientForRoleAsync("Employer", own);

        var mine = await employer.PostAsJsonAsync("/api/openings", Bodies.Opening(own));
        var mineId = (await HttpAssert.JsonAsync(mine, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await HttpAssert.JsonAsync(await employer.GetAsync($"/api/openings/{mineId}"), HttpStatusCode.OK);

        await HttpAssert.ProblemAsync(await employer.PostAsJsonAsync("/api/openings", Bodies.Opening(other)), HttpStatusCode.Forbidden);
        var theirs = (await HttpAssert.JsonAsync(await counsellor.PostAsJsonAsync("/api/openings", Bodies.Opening(other)), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        await HttpAssert.ProblemAsync(await employer.GetAsync($"/api/openings/{theirs}"), HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(await employer.DeleteAsync($"/api/openings/{theirs}"), HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(await employer.GetAsync($"/api/employers/{other}/openings"), HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(await employer.GetAsync("/api/seekers"), HttpStatusCode.Forbidden);
    }
}
