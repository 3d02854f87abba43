using MassTransit;
using Matching.Infrastructure.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Matching.Infrastructure.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// The one place the transport is chosen, from <c>Matching:Bus:Transport</c>. Each host passes the
    /// consumers it runs.
    /// </summary>
    public static IHostApplicationBuilder AddMatchingMessaging(
        this IHostApplicationBuilder builder,
        Action<IBusRegistrationConfigurator>? addConsumers = null)
    {
        var options = BusOptions.From(builder.Configuration);
        builder.Services.AddOptions<BusOptions>().BindConfiguration(BusOptions.SectionName).ValidateOnStart();

        builder.Services.AddMassTransit(bus =>
        {
            var prefix = options.Transport == BusTransport.RabbitMq ? options.RabbitMq.Prefix : "";
            if (prefix.Length == 0)
            {
                bus.SetKebabCaseEndpointNameFormatter();
            }
            else
            {
                bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(prefix, false));
            }

            addConsumers?.Invoke(bus);

            if (options.Transport == BusTransport.RabbitMq)
            {
                var rabbit = options.RabbitMq;
                bus.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(rabbit.Host, rabbit.Port, rabbit.VirtualHost, h =>
                    {
                        h.Username(rabbit.Username);
                        h.Password(rabbit.Password);
                    });
                    if (prefix.Length > 0)
                    {
                        cfg.MessageTopology.SetEntityNameFormatter(new PrefixEntityNameFormatter(cfg.MessageTopology.EntityNameFormatter, prefix));
                    }

                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
            }
        });

        // "Started" then means connected: nothing is published before the endpoints and bindings exist.
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(o =>
        {
            o.WaitUntilStarted = true;
            o.StartTimeout = TimeSpan.FromSeconds(60);
        });

        // After the bus, so it starts once the bus is up.
        builder.Services.AddHostedService<OutboxDispatcher>();
        return builder;
    }
}
