using MassTransit;
using Matching.Contracts;

namespace Matching.Infrastructure.Suggestions;

public sealed class OpeningChangedConsumer(ChangeBatches batches) : IConsumer<OpeningChanged>
{
    public Task Consume(ConsumeContext<OpeningChanged> context) =>
        batches.OpeningChangedAsync(context.Message.OpeningId, context.CancellationToken);
}

public sealed class OpeningChangedConsumerDefinition : ConsumerDefinition<OpeningChangedConsumer>
{
    public OpeningChangedConsumerDefinition() => Endpoint(e =>
    {
        e.PrefetchCount = 2 * ChangeBatches.MessageLimit;
        e.ConcurrentMessageLimit = 2 * ChangeBatches.MessageLimit;
    });

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint,
        IConsumerConfigurator<OpeningChangedConsumer> consumer, IRegistrationContext context) =>
        endpoint.UseMessageRetry(ChangeBatches.Retry);
}
