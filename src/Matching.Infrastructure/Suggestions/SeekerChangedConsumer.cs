using MassTransit;
using Matching.Contracts;

namespace Matching.Infrastructure.Suggestions;

/// <summary>Hands the change to this worker's batches: a burst of registrations recomputes each affected list once.</summary>
public sealed class SeekerChangedConsumer(ChangeBatches batches) : IConsumer<SeekerChanged>
{
    public Task Consume(ConsumeContext<SeekerChanged> context) =>
        batches.SeekerChangedAsync(context.Message.SeekerId, context.CancellationToken);
}

public sealed class SeekerChangedConsumerDefinition : ConsumerDefinition<SeekerChangedConsumer>
{
    // Enough messages in flight for a full batch to wait while another runs.
    public SeekerChangedConsumerDefinition() => Endpoint(e =>
    {
        e.PrefetchCount = 2 * ChangeBatches.MessageLimit;
        e.ConcurrentMessageLimit = 2 * ChangeBatches.MessageLimit;
    });

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint,
        IConsumerConfigurator<SeekerChangedConsumer> consumer, IRegistrationContext context) =>
        endpoint.UseMessageRetry(ChangeBatches.Retry);
}
