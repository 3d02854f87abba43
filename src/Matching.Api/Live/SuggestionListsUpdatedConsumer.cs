using MassTransit;
using Matching.Contracts;

namespace Matching.Api.Live;

/// <summary>Runs on every API node (its own queue) and pushes each list of a worker batch to that node's SignalR clients and open pages.</summary>
public sealed class SuggestionListsUpdatedConsumer(SuggestionPushes pushes) : IConsumer<SuggestionListsUpdated>
{
    public Task Consume(ConsumeContext<SuggestionListsUpdated> context) => pushes.PushAllAsync(context.Message.Lists);
}
