using System.Net;
using Matching.IntegrationTests.Infrastructure;

namespace Matching.IntegrationTests.Store;

public sealed class OperationsTests : IClassFixture<MatchingApiFactory>
{
    private readonly MatchingApiFactory factory;

    public OperationsTests(MatchingApiFactory factory) => this.factory = factory;

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_profile_routes()
    {
        var document = await HttpAssert.JsonAsync(await factory.CreateClient().GetAsync("/openapi/v1.json"), HttpStatusCode.OK);
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/seekers", "/api/openings", "/api/employers", "/api/occupations", "/auth/login", "/api/users" })
        {
            Assert.True(paths.TryGetProperty(path, out _) || paths.TryGetProperty(path + "/", out _), $"{path} missing");
        }
    }
}
