using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Matching.Infrastructure.Events;

public static class EventsExtensions
{
    /// <summary>Pre-matching, check-in queues, reminders and close-out; their jobs run on the Hangfire server <c>AddMatchingScheduler</c> adds.</summary>
    public static IHostApplicationBuilder AddRecruitmentEvents(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EventOptions>().BindConfiguration(EventOptions.SectionName)
            .Validate(o => o.PrematchMinScore is >= 0 and <= 100 && o.WalkInBooths >= 1 && o.MaxCarryOvers >= 0,
                "Matching:Events: PrematchMinScore 0..100, WalkInBooths ≥ 1, MaxCarryOvers ≥ 0")
            .ValidateOnStart();
        builder.Services.TryAddSingleton<INotificationSender, LoggingNotificationSender>();
        builder.Services.AddScoped<Notifier>();
        builder.Services.AddScoped<EventPairs>();
        builder.Services.AddScoped<BoothSnapshots>();
        builder.Services.AddScoped<EventUpdates>();
        builder.Services.AddScoped<EventPrematcher>();
        builder.Services.AddScoped<ReminderService>();
        builder.Services.AddScoped<EventCloser>();
        builder.Services.AddScoped<EventDay>();
        return builder;
    }
}
