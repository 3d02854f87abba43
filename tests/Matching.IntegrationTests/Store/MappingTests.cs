using AutoMapper;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Store;

public sealed class MappingTests : IClassFixture<MatchingApiFactory>
{
    private readonly MatchingApiFactory factory;

    public MappingTests(MatchingApiFactory factory) => this.factory = factory;

    [Fact]
    public void Every_response_mapping_is_complete() =>
        factory.Services.GetRequiredService<IMapper>().ConfigurationProvider.AssertConfigurationIsValid();
}
