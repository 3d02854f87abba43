using MassTransit;
using Matching.Contracts;

namespace Matching.Infrastructure.Suggestions;

/// <summary>Takes change events in batches: a burst of registrations recomputes each affected list once.</summary>
public sealed class SeekerChangedConsumer(SuggestionRecomputer recomputer) : IConsumer<Batch<SeekerChanged>>
{
    public Task Consume(ConsumeContext<Batch<SeekerChanged>> context) =>
        recomputer.ChangedAsync([.. context.Message.Select(m => m.Message.SeekerId)], [], context.CancellationToken);
}

public sealed class SeekerChangedConsumerDefinition : ConsumerDefinition<SeekerChangedConsumer>
{
    public SeekerChangedConsumerDefinition() => Endpoint(e => e.PrefetchCount = 2 * ChangeBatches.MessageLimit);

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint,
        IConsumerConfigurator<SeekerChangedConsumer> consumer, IRegistrationContext context)
    {
        endpoint.UseMessageRetry(ChangeBatches.Retry);
        consumer.Options<BatchOptions>(ChangeBatches.Configure);
    }
}
