using System.Net;
using Matching.IntegrationTests.Infrastructure;

namespace Matching.IntegrationTests.Auth;

public sealed class OccupationsApiTests : IClassFixture<MatchingApiFactory>
{
    private readonly MatchingApiFactory factory;

    public OccupationsApiTests(MatchingApiFactory factory) => this.factory = factory;

    [Fact]
    public async Task Searching_yoyang_puts_5501_first_with_its_path()
    {
        var client = await factory.ClientForRoleAsync("Employer", await EmployerAsync());
        var results = await HttpAssert.JsonAsync(await client.GetAsync("/api/occupations?q=요양"), HttpStatusCode.OK);
        var first = results[0];
        Assert.Equal("5501", first.GetProperty("code").GetString());
        Assert.Equal(4, first.GetProperty("level").GetInt32());
        Assert.Equal("550", first.GetProperty("parentCode").GetString());
        Assert.Contains("요양 보호사 및 간병인", first.GetProperty("path").GetString());
    }

    [Fact]
    public async Task A_level_filter_returns_only_that_level_and_a_code_returns_its_children()
    {
        var client = await factory.ClientForRoleAsync("Counsellor");
        var results = await HttpAssert.JsonAsync(await client.GetAsync("/api/occupations?q=요양&level=2"), HttpStatusCode.OK);
        Assert.All(results.EnumerateArray(), r => Assert.Equal(2, r.GetProperty("level").GetInt32()));
        Assert.Contains(results.EnumerateArray(), r => r.GetProperty("code").GetString() == "55");

        var middle = await HttpAssert.JsonAsync(await client.GetAsync("/api/occupations/55"), HttpStatusCode.OK);
        Assert.Contains(middle.GetProperty("children").EnumerateArray(), c => c.GetProperty("code").GetString() == "550");
        await HttpAssert.ProblemAsync(await client.GetAsync("/api/occupations/9999"), HttpStatusCode.NotFound);
        await HttpAssert.ValidationErrorAsync(await client.GetAsync("/api/occupations?q=a&level=7"), "level");
    }

    private async Task<Guid> EmployerAsync()
    {
        var counsellor = await factory.ClientForRoleAsync("Counsellor");
        var response = await counsellor.PostAsync("/api/employers", System.Net.Http.Json.JsonContent.Create(Bodies.Employer(Bodies.BusinessNumber(4242))));
        return (await HttpAssert.JsonAsync(response, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }
}
