using System.Text.Json.Serialization;
using MassTransit;
using Matching.Infrastructure.Messaging;
using Matching.Infrastructure.Suggestions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Matching.Api.Live;

public static class LiveExtensions
{
    public static IHostApplicationBuilder AddMatchingLive(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LiveNotifier>();
        builder.Services.AddSingleton<SuggestionPushes>();
        if (BusOptions.From(builder.Configuration).Transport == BusTransport.InMemory)
        {
            // Nothing outside this process can hear the in-memory bus, so an in-process worker hands over directly.
            builder.Services.Replace(ServiceDescriptor.Scoped<ISuggestionAnnouncer, InProcessSuggestionAnnouncer>());
        }

        builder.Services.AddSignalR()
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return builder;
    }

    /// <summary>
    /// Each API node listens on queues of its own (temporary, named after the node), so every node
    /// receives every SuggestionListsUpdated and EventUpdated: this fan-out is the SignalR scale-out.
    /// </summary>
    public static IBusRegistrationConfigurator AddLiveConsumers(this IBusRegistrationConfigurator bus)
    {
        var node = Guid.NewGuid().ToString("N")[..12];
        bus.AddConsumer<SuggestionListsUpdatedConsumer>().Endpoint(e =>
        {
            e.InstanceId = node;
            e.Temporary = true;
        });
        bus.AddConsumer<EventUpdatedConsumer>().Endpoint(e =>
        {
            e.InstanceId = node;
            e.Temporary = true;
        });
        return bus;
    }

    public static WebApplication MapMatchingHub(this WebApplication app)
    {
        app.MapHub<MatchingHub>("/hubs/matching");
        return app;
    }
}
