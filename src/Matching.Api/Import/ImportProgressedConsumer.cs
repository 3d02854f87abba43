using MassTransit;
using Matching.Api.Live;
using Matching.Contracts;

namespace Matching.Api.Import;

/// <summary>Runs on every API node, on a queue of its own: the import page of any node sees a job run on any other.</summary>
public sealed class ImportProgressedConsumer(LiveNotifier pages) : IConsumer<ImportProgressed>
{
    public Task Consume(ConsumeContext<ImportProgressed> context) => pages.NotifyAsync(context.Message);
}
