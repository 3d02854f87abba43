using MassTransit;
using Matching.Contracts;

namespace Matching.Infrastructure.Suggestions;

public sealed class SeekerChangedConsumer(SuggestionRecomputer recomputer) : IConsumer<SeekerChanged>
{
    public Task Consume(ConsumeContext<SeekerChanged> context) =>
        recomputer.SeekerChangedAsync(context.Message.SeekerId, context.CancellationToken);
}

public sealed class SeekerChangedConsumerDefinition : ConsumerDefinition<SeekerChangedConsumer>
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint,
        IConsumerConfigurator<SeekerChangedConsumer> consumer, IRegistrationContext context) =>
        endpoint.UseMessageRetry(r => r.Intervals(50, 200, 500, 1_000, 2_000, 5_000));
}
