using System.Net;
using System.Net.Http.Json;
using Matching.IntegrationTests.Infrastructure;

namespace Matching.IntegrationTests.Profiles;

public sealed class EmployersApiTests : IClassFixture<MatchingApiFactory>
{
    private readonly MatchingApiFactory factory;

    public EmployersApiTests(MatchingApiFactory factory) => this.factory = factory;

    [Fact]
    public async Task Counsellor_registers_reads_updates_and_deletes_an_employer()
    {
        var client = await factory.ClientForRoleAsync("Counsellor");
        var body = Bodies.Employer(Bodies.BusinessNumber(101));
        var created = await client.PostAsJsonAsync("/api/employers", body);
        var employer = await HttpAssert.JsonAsync(created, HttpStatusCode.Created);
        var id = employer.GetProperty("id").GetGuid();
        Assert.False(employer.GetProperty("address").GetProperty("coordinatesEstimated").GetBoolean());

        var read = await client.GetAsync($"/api/employers/{id}");
        await HttpAssert.JsonAsync(read, HttpStatusCode.OK);

        body["name"] = "(주)청라케어센터";
        var updated = await HttpAssert.JsonAsync(
            await client.PutWithVersionAsync($"/api/employers/{id}", body, read.Headers.ETag!.Tag), HttpStatusCode.OK);
        Assert.Equal("(주)청라케어센터", updated.GetProperty("name").GetString());
        await HttpAssert.ProblemAsync(
            await client.PutWithVersionAsync($"/api/employers/{id}", body, read.Headers.ETag!.Tag), HttpStatusCode.PreconditionFailed);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/employers/{id}")).StatusCode);
        await HttpAssert.ProblemAsync(await client.GetAsync($"/api/employers/{id}"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("220-81-62518")]
    [InlineData("22081625")]
    [InlineData("abc-de-fghij")]
    public async Task A_business_number_with_a_wrong_check_digit_or_shape_is_rejected(string businessNumber)
    {
        var client = await factory.ClientForRoleAsync("Counsellor");
        await HttpAssert.ValidationErrorAsync(await client.PostAsJsonAsync("/api/employers", Bodies.Employer(businessNumber)), "businessNumber");
    }

    [Theory]
    [InlineData("name", null, "name")]
    [InlineData("size", "Huge", "size")]
    [InlineData("size", null, "size")]
    public async Task A_bad_employer_field_gets_a_400_naming_it(string field, object? value, string expected)
    {
        var client = await factory.ClientForRoleAsync("Counsellor");
        var body = Bodies.Employer(Bodies.BusinessNumber(202));
        body[field] = value;
        await HttpAssert.ValidationErrorAsync(await client.PostAsJsonAsync("/api/employers", body), expected);
    }

    [Fact]
    public async Task The_same_business_number_cannot_be_registered_twice()
    {
        var client = await factory.ClientForRoleAsync("Counsellor");
        var body = Bodies.Employer(Bodies.BusinessNumber(303));
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/employers", body)).StatusCode);
        await HttpAssert.ProblemAsync(await client.PostAsJsonAsync("/api/employers", body), HttpStatusCode.Conflict);
    }
}
