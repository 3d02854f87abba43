using MassTransit;
using Matching.Contracts;

namespace Matching.Infrastructure.Suggestions;

public sealed class OpeningChangedConsumer(SuggestionRecomputer recomputer) : IConsumer<Batch<OpeningChanged>>
{
    public Task Consume(ConsumeContext<Batch<OpeningChanged>> context) =>
        recomputer.ChangedAsync([], [.. context.Message.Select(m => m.Message.OpeningId)], context.CancellationToken);
}

public sealed class OpeningChangedConsumerDefinition : ConsumerDefinition<OpeningChangedConsumer>
{
    public OpeningChangedConsumerDefinition() => Endpoint(e => e.PrefetchCount = 2 * ChangeBatches.MessageLimit);

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint,
        IConsumerConfigurator<OpeningChangedConsumer> consumer, IRegistrationContext context)
    {
        endpoint.UseMessageRetry(ChangeBatches.Retry);
        consumer.Options<BatchOptions>(ChangeBatches.Configure);
    }
}
