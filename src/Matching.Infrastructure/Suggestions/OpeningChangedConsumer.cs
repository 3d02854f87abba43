using MassTransit;
using Matching.Contracts;

namespace Matching.Infrastructure.Suggestions;

public sealed class OpeningChangedConsumer(SuggestionRecomputer recomputer) : IConsumer<OpeningChanged>
{
    public Task Consume(ConsumeContext<OpeningChanged> context) =>
        recomputer.OpeningChangedAsync(context.Message.OpeningId, context.CancellationToken);
}

public sealed class OpeningChangedConsumerDefinition : ConsumerDefinition<OpeningChangedConsumer>
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint,
        IConsumerConfigurator<OpeningChangedConsumer> consumer, IRegistrationContext context) =>
        endpoint.UseMessageRetry(r => r.Intervals(50, 200, 500, 1_000, 2_000, 5_000));
}
