using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Matching.Infrastructure.Suggestions;

public static class WorkerExtensions
{
    /// <summary>The matching worker's services; its consumers are added to the bus with <see cref="AddWorkerConsumers"/>.</summary>
    public static IHostApplicationBuilder AddMatchingWorker(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SuggestionOptions>().BindConfiguration(SuggestionOptions.SectionName)
            .Validate(o => o.Top is >= 1 and <= 100 && o.ReverseScan >= o.Top, "Matching:Suggestions: Top 1..100, ReverseScan ≥ Top")
            .ValidateOnStart();
        builder.Services.AddSingleton<ListDigests>();
        builder.Services.AddSingleton<ChangeBatches>();
        builder.Services.AddScoped<SuggestionListWriter>();
        builder.Services.TryAddScoped<ISuggestionAnnouncer, BusSuggestionAnnouncer>();
        builder.Services.AddScoped<SuggestionRecomputer>();
        return builder;
    }

    /// <summary>Change events go to one shared queue per kind: several workers compete for them.</summary>
    public static IBusRegistrationConfigurator AddWorkerConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<SeekerChangedConsumer, SeekerChangedConsumerDefinition>();
        bus.AddConsumer<OpeningChangedConsumer, OpeningChangedConsumerDefinition>();
        bus.AddConsumer<ProfilesImportedConsumer, ProfilesImportedConsumerDefinition>();
        return bus;
    }
}
