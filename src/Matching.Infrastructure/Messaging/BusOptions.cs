using Microsoft.Extensions.Configuration;

namespace Matching.Infrastructure.Messaging;

public sealed class BusOptions
{
    public const string SectionName = "Matching:Bus";

    /// <summary>For choices made while services are registered, before options can be resolved.</summary>
    public static BusOptions From(IConfiguration configuration) =>
        configuration.GetSection(SectionName).Get<BusOptions>() ?? new BusOptions();

    public BusTransport Transport { get; set; } = BusTransport.InMemory;

    public RabbitMqOptions RabbitMq { get; set; } = new();
}

public enum BusTransport
{
    InMemory,
    RabbitMq,
}

public sealed class RabbitMqOptions
{
    public string Host { get; set; } = "localhost";
    public ushort Port { get; set; } = 5672;
    public string Username { get; set; } = "guest";
    public string Password { get; set; } = "guest";
    public string VirtualHost { get; set; } = "/";

    /// <summary>
    /// Put before the name of every exchange and queue this deployment declares, so that deployments sharing one broker
    /// and virtual host (test runs on one machine) never take each other's messages. Empty: the plain names.
    /// </summary>
    public string Prefix { get; set; } = "";
}
