namespace Matching.IntegrationTests.Infrastructure;

/// <summary>
/// Tests whose workers share the broker's queues run one after another: two workers of different
/// tests would otherwise take each other's change events.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RabbitMqCollection
{
    public const string Name = "RabbitMQ";
}
