using System.Net;
using System.Net.Http.Json;
using Matching.Infrastructure.Store;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Profiles;

public sealed class SeekersApiTests : IClassFixture<MatchingApiFactory>
{
    private readonly MatchingApiFactory factory;

    public SeekersApiTests(MatchingApiFactory factory) => this.factory = factory;

    [Fact]
    public async Task Counsellor_registers_reads_updates_and_withdraws_a_seeker()
    {
        var client = await factory.ClientForRoleAsync("Counsellor");

        var created = await client.PostAsJsonAsync("/api/seekers", Bodies.Seeker());
        var seeker = await HttpAssert.JsonAsync(created, HttpStatusCode.Created);
        var id = seeker.GetProperty("id").GetGuid();
        Assert.Equal($"/api/seekers/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        Assert.Equal("010-1234-5678", seeker.GetProperty("phone").GetString());
        Assert.Equal("인천광역시", seeker.GetProperty("address").GetProperty("sido").GetString());
        Assert.True(seeker.GetProperty("address").GetProperty("coordinatesEstimated").GetBoolean());
        Assert.InRange(seeker.GetProperty("address").GetProperty("latitude").GetDouble(), 37.4, 37.7);

        var read = await client.GetAsync($"/api/seekers/{id}");
        Assert.Equal("김영숙", (await HttpAssert.JsonAsync(read, HttpStatusCode.OK)).GetProperty("name").GetString());

        var changed = Bodies.Seeker();
        changed["desiredOccupations"] = new[] { "5501", "3075" };
        var updated = await client.PutWithVersionAsync($"/api/seekers/{id}", changed, read.Headers.ETag!.Tag);
        var body = await HttpAssert.JsonAsync(updated, HttpStatusCode.OK);
        Assert.Equal(2, body.GetProperty("version").GetInt64());
        Assert.Equal(2, body.GetProperty("desiredOccupations").GetArrayLength());

        var deleted = await client.DeleteAsync($"/api/seekers/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await HttpAssert.ProblemAsync(await client.GetAsync($"/api/seekers/{id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_stale_update_is_refused_with_412_and_changes_nothing()
    {
        var client = await factory.ClientForRoleAsync("Counsellor");
        var id = (await HttpAssert.JsonAsync(await client.PostAsJsonAsync("/api/seekers", Bodies.Seeker()), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

        var first = Bodies.Seeker();
        first["name"] = "김영숙A";
        Assert.Equal(HttpStatusCode.OK, (await client.PutWithVersionAsync($"/api/seekers/{id}", first, "\"1\"")).StatusCode);

        var second = Bodies.Seeker();
        second["name"] = "김영숙B";
        await HttpAssert.ProblemAsync(await client.PutWithVersionAsync($"/api/seekers/{id}", second, "\"1\""), HttpStatusCode.PreconditionFailed);
        await HttpAssert.ProblemAsync(await client.PutWithVersionAsync($"/api/seekers/{id}", second, null), HttpStatusCode.PreconditionRequired);

        var now = await HttpAssert.JsonAsync(await client.GetAsync($"/api/seekers/{id}"), HttpStatusCode.OK);
        Assert.Equal("김영숙A", now.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Withdrawal_erases_personal_data_and_keeps_what_statistics_count()
    {
        var client = await factory.ClientForRoleAsync("Counsellor");
        var id = (await HttpAssert.JsonAsync(await client.PostAsJsonAsync("/api/seekers", Bodies.Seeker()), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/seekers/{id}")).StatusCode);

        using var scope = factory.Services.CreateScope();
        var row = await scope.ServiceProvider.GetRequiredService<MatchingDbContext>().Seekers.AsNoTracking().SingleAsync(s => s.Id == id);
        Assert.Null(row.Name);
        Assert.Null(row.Phone);
        Assert.Null(row.Email);
        Assert.Null(row.Address);
        Assert.Empty(row.Skills);
        Assert.Empty(row.Certificates);
        Assert.Equal(1968, row.BirthYear);
        Assert.Equal(Matching.Domain.Profiles.Gender.Female, row.Gender);
        Assert.Equal(["5501"], row.DesiredOccupations);
        Assert.NotNull(row.WithdrawnAt);
    }

    public static TheoryData<string, object?, string> BadFields => new()
    {
        { "name", null, "name" },
        { "name", new string('가', 51), "name" },
        { "birthYear", DateTime.Now.Year - 10, "birthYear" },
        { "birthYear", 1900, "birthYear" },
        { "gender", null, "gender" },
        { "gender", "Unknown", "gender" },
        { "phone", "12345", "phone" },
        { "email", "not-an-email@", "email" },
        { "desiredOccupations", Array.Empty<string>(), "desiredOccupations" },
        { "desiredOccupations", new[] { "9999" }, "desiredOccupations[0]" },
        { "desiredOccupations", new[] { "5501", "3075", "0231", "0232" }, "desiredOccupations" },
        { "address", new { sido = "인천", sigungu = "없는구" }, "address.sigungu" },
        { "address", new { sido = "평양", sigungu = "중구" }, "address.sido" },
        { "address", new { sido = "서울", sigungu = "구로구", latitude = 35.0, longitude = 140.0 }, "address.latitude" },
        { "address", null, "address" },
        { "desiredWage", new { unit = "Weekly", amount = 1 }, "desiredWage.unit" },
        { "maxCommuteMinutes", 0, "maxCommuteMinutes" },
        { "experience", new[] { new { occupation = "5501", years = -1 } }, "experience[0].years" },
        { "birthYear", "nineteen", "birthYear" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task A_bad_field_gets_a_400_naming_it(string field, object? value, string expectedError)
    {
        var client = await factory.ClientForRoleAsync("Counsellor");
        var body = Bodies.Seeker();
        body[field] = value;
        await HttpAssert.ValidationErrorAsync(await client.PostAsJsonAsync("/api/seekers", body), expectedError);
    }

    public static TheoryData<string, object, string, string> WrongTypes => new()
    {
        { "gender", "Unknown", "gender", "Male, Female 중 하나여야 합니다." },
        { "birthYear", "nineteen", "birthYear", "정수여야 합니다(예: 1990)." },
        { "desiredWage", new { unit = "Weekly", amount = 1 }, "desiredWage.unit", "Hourly, Monthly, Annual 중 하나여야 합니다." },
        { "desiredOccupations", "5501", "desiredOccupations", "목록이어야 합니다(예: [\"…\"])." },
        { "registeredOn", "2025-02-30", "registeredOn", "날짜여야 합니다(예: 2025-03-10)." },
        { "experience", new[] { new { occupation = "5501", years = "삼년" } }, "experience[0].years", "숫자여야 합니다(예: 2.5)." },
    };

    [Theory]
    [MemberData(nameof(WrongTypes))]
    public async Task A_value_of_the_wrong_type_gets_a_400_saying_what_the_field_takes(string field, object value, string expectedField, string expectedMessage)
    {
        var client = await factory.ClientForRoleAsync("Counsellor");
        var body = Bodies.Seeker();
        body[field] = value;
        await HttpAssert.ValidationErrorAsync(await client.PostAsJsonAsync("/api/seekers", body), expectedField, expectedMessage);
    }

    [Fact]
    public async Task Unknown_seeker_is_404()
    {
        var client = await factory.ClientForRoleAsync("Counsellor");
        await HttpAssert.ProblemAsync(await client.GetAsync($"/api/seekers/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        await HttpAssert.ProblemAsync(await client.DeleteAsync($"/api/seekers/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }
}
