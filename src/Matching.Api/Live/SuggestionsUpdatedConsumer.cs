using MassTransit;
using Matching.Contracts;

namespace Matching.Api.Live;

/// <summary>Runs on every API node (its own queue) and pushes to that node's SignalR clients and open pages.</summary>
public sealed class SuggestionsUpdatedConsumer(SuggestionPushes pushes) : IConsumer<SuggestionsUpdated>
{
    public Task Consume(ConsumeContext<SuggestionsUpdated> context) => pushes.PushAsync(context.Message);
}
