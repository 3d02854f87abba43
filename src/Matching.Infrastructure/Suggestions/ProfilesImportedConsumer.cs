using MassTransit;
using Matching.Contracts;

namespace Matching.Infrastructure.Suggestions;

/// <summary>An import chunk's profiles join this worker's batches like any change; the message is done when all their lists are stored.</summary>
public sealed class ProfilesImportedConsumer(ChangeBatches batches) : IConsumer<ProfilesImported>
{
    public Task Consume(ConsumeContext<ProfilesImported> context) => Task.WhenAll(
        context.Message.SeekerIds.Select(id => batches.SeekerChangedAsync(id, context.CancellationToken))
            .Concat(context.Message.OpeningIds.Select(id => batches.OpeningChangedAsync(id, context.CancellationToken))));
}

public sealed class ProfilesImportedConsumerDefinition : ConsumerDefinition<ProfilesImportedConsumer>
{
    // One chunk at a time per worker: a chunk already fills many batches.
    public ProfilesImportedConsumerDefinition() => Endpoint(e =>
    {
        e.PrefetchCount = 2;
        e.ConcurrentMessageLimit = 1;
    });

    // A chunk still queued when the host stops finds its services disposed: retrying that only holds the stop up
    // (seconds per chunk); the chunk's profiles are in the store and the index either way.
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint,
        IConsumerConfigurator<ProfilesImportedConsumer> consumer, IRegistrationContext context) =>
        endpoint.UseMessageRetry(r =>
        {
            ChangeBatches.Retry(r);
            r.Ignore<ObjectDisposedException>();
            r.Ignore<OperationCanceledException>();
        });
}
